using System.Globalization;

namespace InfoBladPublisher.Rendering.Print;

/// <summary>The files one document hands to Typst besides its layout: images and charts, by their path in the Typst root.</summary>
internal sealed class PrintFiles : Markdown.Print.IPrintMedia
{
    private readonly SortedDictionary<string, byte[]> _files = new(StringComparer.Ordinal);

    public IReadOnlyDictionary<string, byte[]> All => _files;

    /// <returns>The file's path in the Typst root, numbered in the order the body names them.</returns>
    public string Add(string folder, string extension, byte[] bytes)
    {
        var path = string.Create(CultureInfo.InvariantCulture, $"/{folder}/{_files.Count + 1}{extension}");
        _files[path] = bytes;
        return path;
    }

    public void Put(string path, byte[] bytes) => _files[path] = bytes;
}
