using System.Security.Cryptography;
using System.Text;
using Graph.Rdf;
using Graph.Sparql.Functions.Values;

namespace Graph.Sparql.Functions;

/// <summary>The hash functions (17.4.6): the lower-case hexadecimal digest of the UTF-8 bytes of a simple literal.</summary>
internal static class HashFunctions
{
    public static Term? Md5(ReadOnlySpan<Term?> args, FunctionContext context) => Hash(args, MD5.HashData);

    public static Term? Sha1(ReadOnlySpan<Term?> args, FunctionContext context) => Hash(args, SHA1.HashData);

    public static Term? Sha256(ReadOnlySpan<Term?> args, FunctionContext context) => Hash(args, SHA256.HashData);

    public static Term? Sha384(ReadOnlySpan<Term?> args, FunctionContext context) => Hash(args, SHA384.HashData);

    public static Term? Sha512(ReadOnlySpan<Term?> args, FunctionContext context) => Hash(args, SHA512.HashData);

    private static Literal? Hash(ReadOnlySpan<Term?> args, Func<byte[], byte[]> digest)
    {
        if (args is not [var t] || !XsdTypes.IsSimpleString(t))
        {
            return null;
        }

        var bytes = digest(Encoding.UTF8.GetBytes(((Literal)t!).LexicalForm));
        return Literal.String(Convert.ToHexStringLower(bytes));
    }
}
