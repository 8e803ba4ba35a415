using System.Text;

namespace Graph.Rdf.Syntax.JsonLd;

/// <summary>A remote document: its JSON text and the URL it was finally loaded from.</summary>
/// <param name="DocumentUrl">The URL after redirects; relative references in the document resolve against it.</param>
/// <param name="Text">The JSON text.</param>
public sealed record JsonLdRemoteDocument(string DocumentUrl, string Text);

/// <summary>Loads remote JSON-LD documents and contexts (the API's LoadDocumentCallback).</summary>
public interface IJsonLdDocumentLoader
{
    /// <summary>Loads the document at an absolute URL.</summary>
    /// <exception cref="JsonLdException">The document cannot be loaded (code <c>loading document failed</c>).</exception>
    JsonLdRemoteDocument Load(string url);
}

/// <summary>The default loader: refuses every URL, so reading a document never touches the network unless asked.</summary>
public sealed class NoNetworkDocumentLoader : IJsonLdDocumentLoader
{
    /// <summary>The one instance.</summary>
    public static NoNetworkDocumentLoader Instance { get; } = new();

    private NoNetworkDocumentLoader()
    {
    }

    /// <inheritdoc/>
    public JsonLdRemoteDocument Load(string url) => throw new JsonLdException(
        "loading document failed",
        $"the remote document <{url}> was not fetched: loading over the network is disabled; enable it with an "
        + $"{nameof(HttpDocumentLoader)} in {nameof(JsonLdOptions)}.{nameof(JsonLdOptions.DocumentLoader)}, or map the URL to a local file with a {nameof(LocalFolderDocumentLoader)}");
}

/// <summary>Loads documents from local files for URLs under a given prefix (offline copies, test suites).</summary>
public sealed class LocalFolderDocumentLoader : IJsonLdDocumentLoader
{
    private readonly string _urlPrefix;
    private readonly string _folder;
    private readonly IJsonLdDocumentLoader _fallback;

    /// <summary>Maps URLs starting with <paramref name="urlPrefix"/> to files under <paramref name="folder"/>.</summary>
    /// <param name="urlPrefix">The URL prefix, e.g. <c>https://example.org/contexts/</c>.</param>
    /// <param name="folder">The folder holding the files the prefix stands for.</param>
    /// <param name="fallback">The loader for other URLs; by default the one that refuses the network.</param>
    public LocalFolderDocumentLoader(string urlPrefix, string folder, IJsonLdDocumentLoader? fallback = null)
    {
        ArgumentNullException.ThrowIfNull(urlPrefix);
        ArgumentNullException.ThrowIfNull(folder);
        _urlPrefix = urlPrefix;
        _folder = folder;
        _fallback = fallback ?? NoNetworkDocumentLoader.Instance;
    }

    /// <inheritdoc/>
    public JsonLdRemoteDocument Load(string url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.StartsWith(_urlPrefix, StringComparison.Ordinal))
        {
            return _fallback.Load(url);
        }

        var relative = url[_urlPrefix.Length..];
        var cut = relative.IndexOfAny(['#', '?']);
        if (cut >= 0)
        {
            relative = relative[..cut];
        }

        try
        {
            var root = Path.GetFullPath(_folder);
            var path = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(relative)));
            if (!path.StartsWith(root, StringComparison.Ordinal) || !File.Exists(path))
            {
                throw new JsonLdException("loading document failed", $"<{url}>: no file {path}");
            }

            return new JsonLdRemoteDocument(url, File.ReadAllText(path, Encoding.UTF8));
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException or NotSupportedException)
        {
            throw new JsonLdException("loading document failed", $"<{url}> cannot be mapped to a file under {_folder}: {e.Message}", e);
        }
    }
}

/// <summary>Loads documents over HTTP(S): use it only where fetching from the network is wanted.</summary>
public sealed class HttpDocumentLoader : IJsonLdDocumentLoader, IDisposable
{
    private readonly HttpClient _client;

    /// <summary>Creates the loader with its own HTTP client.</summary>
    public HttpDocumentLoader()
    {
        _client = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        _client.DefaultRequestHeaders.Accept.ParseAdd("application/ld+json, application/json;q=0.9");
    }

    /// <inheritdoc/>
    public JsonLdRemoteDocument Load(string url)
    {
        try
        {
            using var response = _client.GetAsync(new Uri(url)).GetAwaiter().GetResult();
            response.EnsureSuccessStatusCode();
            var text = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            var finalUrl = response.RequestMessage?.RequestUri?.AbsoluteUri ?? url;
            return new JsonLdRemoteDocument(finalUrl, text);
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or UriFormatException)
        {
            throw new JsonLdException("loading document failed", $"<{url}>: {e.Message}", e);
        }
    }

    /// <inheritdoc/>
    public void Dispose() => _client.Dispose();
}
