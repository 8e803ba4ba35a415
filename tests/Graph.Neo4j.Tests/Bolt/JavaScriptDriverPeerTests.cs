using System.Diagnostics;
using System.Text.Json;
using Graph.Neo4j.Tests.Bolt.Stub;
using Graph.Testing;

namespace Graph.Neo4j.Tests.Bolt;

/// <summary>
/// The official Neo4j JavaScript driver (npm neo4j-driver, pinned in tests/peers) talks to the stub
/// server: a client nobody here wrote, so the stub, and with it the scripts the .NET client is
/// tested against, speak real Bolt.
/// </summary>
public sealed class JavaScriptDriverPeerTests
{
    [Fact]
    public async Task The_official_JavaScript_driver_runs_a_query_against_the_stub()
    {
        var peers = RequirePeers();
        await using var server = BoltStubServer.Start("js_driver.script");
        var script = System.IO.Path.Combine(AppContext.BaseDirectory, "Bolt", "Peers", "js_driver_query.cjs");

        var (exitCode, output, error) = await RunNodeAsync(peers, script, server.Uri, "secret");

        Assert.True(exitCode == 0, $"node failed ({exitCode}): {error}; stub: {string.Join("; ", server.Errors)}");
        await server.AssertPlayedAsync();
        using var json = JsonDocument.Parse(output);
        var row = Assert.Single(json.RootElement.GetProperty("rows").EnumerateArray());
        Assert.Equal("Ann", row.GetProperty("name").GetString());
        Assert.Equal(42, row.GetProperty("age").GetInt32());
        Assert.Equal(["Person", "Resource"], row.GetProperty("labels").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal("https://w3id.org/newskg/resource/ann", row.GetProperty("uri").GetString());
        Assert.Equal("Neo4j/5.26.0", json.RootElement.GetProperty("server").GetString());
        var protocol = json.RootElement.GetProperty("protocol");
        Assert.Equal((5, 4), (protocol.GetProperty("major").GetInt32(), protocol.GetProperty("minor").GetInt32()));
    }

    private static string RequirePeers()
    {
        var root = SharedData.RepositoryRoot;
        Assert.SkipWhen(root is null, "the repository root (the folder holding Graph.sln) was not found");
        var modules = System.IO.Path.Combine(root!, "tests", "peers", "node_modules");
        Assert.SkipUnless(Directory.Exists(System.IO.Path.Combine(modules, "neo4j-driver")), "the npm package neo4j-driver is not installed: run 'npm ci' in tests/peers");
        Assert.SkipWhen(FindOnPath("node") is null, "Node.js (node) is not on the PATH");
        return modules;
    }

    private static string? FindOnPath(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty).Split(System.IO.Path.PathSeparator)
            .Select(dir => System.IO.Path.Combine(dir, name))
            .FirstOrDefault(File.Exists);

    private static async Task<(int ExitCode, string Output, string Error)> RunNodeAsync(string modules, params string[] arguments)
    {
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NODE_PATH"] = modules;
        using var process = Process.Start(start)!;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        var output = process.StandardOutput.ReadToEndAsync(timeout.Token);
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
