namespace InfoBladPublisher.Common;

/// <summary>The media type of a file by its extension, and a file as a data URI (how pages embed what they show).</summary>
internal static class MediaTypes
{
    public static string Of(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".css" => "text/css; charset=utf-8",
        ".js" => "text/javascript; charset=utf-8",
        ".html" => "text/html; charset=utf-8",
        ".svg" => "image/svg+xml",
        ".png" => "image/png",
        ".jpg" or ".jpeg" => "image/jpeg",
        ".woff2" => "font/woff2",
        ".woff" => "font/woff",
        _ => "application/octet-stream",
    };

    public static string DataUri(string path, byte[] bytes) =>
        $"data:{Of(path).Split(';')[0]};base64,{Convert.ToBase64String(bytes)}";
}
