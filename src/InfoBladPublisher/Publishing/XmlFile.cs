using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace InfoBladPublisher.Publishing;

/// <summary>An XML file of the release as bytes: UTF-8 without a byte order mark, indented, '\n' line ends, so every machine writes the same.</summary>
internal static class XmlFile
{
    public static byte[] Bytes(XElement root)
    {
        using var stream = new MemoryStream();
        using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, NewLineChars = "\n" }))
        {
            new XDocument(new XDeclaration("1.0", "utf-8", null), root).Save(writer);
        }

        return stream.ToArray();
    }
}
