using System.Security.Cryptography;

namespace InfoBladPublisher.Common;

/// <summary>The one hash of the product: SHA-256 as lower-case hex, as manifest.json gives it and <c>sha256sum</c> prints it.</summary>
internal static class Hashing
{
    public static string Sha256Hex(byte[] content) => Convert.ToHexStringLower(SHA256.HashData(content));

    /// <summary>The hash of a stream read to its end, so a file of any size is hashed without holding it.</summary>
    public static string Sha256Hex(Stream content) => Convert.ToHexStringLower(SHA256.HashData(content));
}
