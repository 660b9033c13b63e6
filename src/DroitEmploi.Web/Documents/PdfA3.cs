using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using PdfSharp.Pdf;
using PdfSharp.Pdf.IO;

namespace DroitEmploi.Web.Documents;

/// <summary>An XML file carried inside a PDF/A-3, with the XMP properties that announce it (Factur-X's "fx" schema).</summary>
public sealed record PdfAttachment(string FileName, byte[] Content, string Description, string Relationship, XmpExtension Extension);

/// <summary>An XMP extension schema: its namespace, prefix, and the text properties it sets.</summary>
public sealed record XmpExtension(string Name, string NamespaceUri, string Prefix, IReadOnlyList<(string Property, string Description, string Value)> Properties);

/// <summary>
/// Turns a PDF that <see cref="PdfFlow"/> wrote into a PDF/A-3B carrying an attachment. PDFsharp writes its own XMP
/// on every save and has no PDF/A-3 mode (its PDF/A mode is PDF/A-1A, which forbids attachments), so the PDF/A
/// parts are added as one incremental update: a new catalog with the sRGB output intent, the attachment with its
/// /AF relationship, and the XMP that declares PDF/A-3B and the attachment's schema; a new document information
/// dictionary that says the same as the XMP. The pages PDFsharp wrote stay as they are (fonts embedded).
/// </summary>
public static partial class PdfA3
{
    private const string IccResource = "PdfSharp.Resources.sRGB2014.icc";
    private const string Rgb = "sRGB IEC61966-2.1";

    public static byte[] Attach(byte[] pdf, string title, PdfAttachment attachment, DateTimeOffset at)
    {
        int root, info, pages, size;
        string id;
        using (var read = PdfReader.Open(new MemoryStream(pdf), PdfDocumentOpenMode.Import))
        {
            root = read.Internals.Catalog.Reference!.ObjectNumber;
            info = read.Info.Reference!.ObjectNumber;
            pages = read.Internals.Catalog.Elements.GetReference("/Pages")!.ObjectNumber;
            size = read.Internals.GetAllObjects().Max(o => o.Reference!.ObjectNumber) + 1;
            // PDFsharp gives the identifier as its raw bytes, one per character; the trailer wants them in hex.
            id = Convert.ToHexString(Encoding.Latin1.GetBytes(read.Internals.FirstDocumentID));
        }
        var previous = StartXref().Matches(Encoding.Latin1.GetString(pdf, Math.Max(0, pdf.Length - 64), Math.Min(64, pdf.Length))) is { Count: > 0 } m
            ? m[^1].Groups[1].Value
            : throw new InvalidOperationException("The PDF has no startxref.");

        var producer = "DroitEmploi (PDFsharp)";
        int metadata = size, intent = size + 1, profile = size + 2, spec = size + 3, file = size + 4;
        using var update = new Update(pdf);
        update.Object(root, $"<</Type/Catalog/Pages {pages} 0 R/Metadata {metadata} 0 R/OutputIntents[{intent} 0 R]/AF[{spec} 0 R]"
            + $"/Names<</EmbeddedFiles<</Names[{Text(attachment.FileName)} {spec} 0 R]>>>>/Lang(fr-FR)>>");
        update.Object(info, $"<</Title{Text(title)}/Producer{Text(producer)}/Creator(DroitEmploi)/CreationDate({PdfDate(at)})/ModDate({PdfDate(at)})>>");
        update.Stream(metadata, "/Type/Metadata/Subtype/XML", Xmp(title, producer, attachment, at));
        update.Object(intent, $"<</Type/OutputIntent/S/GTS_PDFA1/OutputConditionIdentifier({Rgb})/Info({Rgb})/DestOutputProfile {profile} 0 R>>");
        using (var icc = typeof(PdfDocument).Assembly.GetManifestResourceStream(IccResource)
            ?? throw new InvalidOperationException("PDFsharp's sRGB profile is missing."))
        using (var buffer = new MemoryStream())
        {
            icc.CopyTo(buffer);
            update.Stream(profile, "/N 3", buffer.ToArray());
        }
        update.Object(spec, $"<</Type/Filespec/F{Text(attachment.FileName)}/UF{Text(attachment.FileName)}/Desc{Text(attachment.Description)}"
            + $"/AFRelationship/{attachment.Relationship}/EF<</F {file} 0 R/UF {file} 0 R>>>>");
        update.Stream(file, $"/Type/EmbeddedFile/Subtype/text#2Fxml/Params<</ModDate({PdfDate(at)})/Size {attachment.Content.Length}>>", attachment.Content);
        return update.Finish($"/Size {file + 1}/Root {root} 0 R/Info {info} 0 R/ID[<{id}><{id}>]/Prev {previous}");
    }

    private static byte[] Xmp(string title, string producer, PdfAttachment attachment, DateTimeOffset at)
    {
        XNamespace x = "adobe:ns:meta/", rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#", pdfaid = "http://www.aiim.org/pdfa/ns/id/",
            dc = "http://purl.org/dc/elements/1.1/", pdf = "http://ns.adobe.com/pdf/1.3/", xmp = "http://ns.adobe.com/xap/1.0/",
            extension = "http://www.aiim.org/pdfa/ns/extension/", schema = "http://www.aiim.org/pdfa/ns/schema#", property = "http://www.aiim.org/pdfa/ns/property#";
        XNamespace own = attachment.Extension.NamespaceUri;
        var date = at.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
        XElement Description(XNamespace ns, string prefix, params object[] content) =>
            new(rdf + "Description", new XAttribute(rdf + "about", ""), new XAttribute(XNamespace.Xmlns + prefix, ns), content);

        var document = new XElement(x + "xmpmeta", new XAttribute(XNamespace.Xmlns + "x", x),
            new XElement(rdf + "RDF", new XAttribute(XNamespace.Xmlns + "rdf", rdf),
                Description(pdfaid, "pdfaid", new XElement(pdfaid + "part", 3), new XElement(pdfaid + "conformance", "B")),
                Description(dc, "dc", new XElement(dc + "title", new XElement(rdf + "Alt",
                    new XElement(rdf + "li", new XAttribute(XNamespace.Xml + "lang", "x-default"), title)))),
                Description(pdf, "pdf", new XElement(pdf + "Producer", producer)),
                Description(xmp, "xmp", new XElement(xmp + "CreatorTool", "DroitEmploi"), new XElement(xmp + "CreateDate", date),
                    new XElement(xmp + "ModifyDate", date), new XElement(xmp + "MetadataDate", date)),
                new XElement(rdf + "Description", new XAttribute(rdf + "about", ""),
                    new XAttribute(XNamespace.Xmlns + "pdfaExtension", extension), new XAttribute(XNamespace.Xmlns + "pdfaSchema", schema),
                    new XAttribute(XNamespace.Xmlns + "pdfaProperty", property),
                    new XElement(extension + "schemas", new XElement(rdf + "Bag", new XElement(rdf + "li", new XAttribute(rdf + "parseType", "Resource"),
                        new XElement(schema + "schema", attachment.Extension.Name),
                        new XElement(schema + "namespaceURI", attachment.Extension.NamespaceUri),
                        new XElement(schema + "prefix", attachment.Extension.Prefix),
                        new XElement(schema + "property", new XElement(rdf + "Seq", attachment.Extension.Properties.Select(p =>
                            new XElement(rdf + "li", new XAttribute(rdf + "parseType", "Resource"),
                                new XElement(property + "name", p.Property),
                                new XElement(property + "valueType", "Text"),
                                new XElement(property + "category", "external"),
                                new XElement(property + "description", p.Description))))))))),
                Description(own, attachment.Extension.Prefix, attachment.Extension.Properties.Select(p => new XElement(own + p.Property, p.Value)).ToArray<object>())));
        var packet = "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n" + document.ToString(SaveOptions.DisableFormatting) + "\n<?xpacket end=\"w\"?>";
        return new UTF8Encoding(false).GetBytes(packet);
    }

    private static string PdfDate(DateTimeOffset at) => "D:" + at.ToUniversalTime().ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture) + "+00'00'";

    /// <summary>
    /// A PDF text string: literal when it is plain ASCII (readers such as pdf-lib expect a file name so), else UTF-16BE
    /// so that any character of a title survives.
    /// </summary>
    private static string Text(string value) => value.All(c => c is >= ' ' and <= '~')
        ? "(" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("(", "\\(", StringComparison.Ordinal).Replace(")", "\\)", StringComparison.Ordinal) + ")"
        : "<FEFF" + Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(value)) + ">";

    [GeneratedRegex(@"startxref\s+(\d+)")]
    private static partial Regex StartXref();

    /// <summary>The bytes appended after the original file, and the offset of each object they hold.</summary>
    private sealed class Update : IDisposable
    {
        private readonly MemoryStream _bytes = new();
        private readonly SortedDictionary<int, long> _offsets = [];

        public Update(byte[] original)
        {
            _bytes.Write(original);
            if (original[^1] != '\n')
            {
                Write("\n");
            }
        }

        public void Object(int number, string body)
        {
            _offsets[number] = _bytes.Position;
            Write($"{number} 0 obj\n{body}\nendobj\n");
        }

        public void Stream(int number, string entries, byte[] content)
        {
            _offsets[number] = _bytes.Position;
            Write($"{number} 0 obj\n<<{entries}/Length {content.Length}>>\nstream\n");
            _bytes.Write(content);
            Write("\nendstream\nendobj\n");
        }

        public byte[] Finish(string trailer)
        {
            var xref = _bytes.Position;
            var table = new StringBuilder("xref\n");
            // One subsection per run of consecutive object numbers; each entry is exactly 20 bytes.
            var numbers = _offsets.Keys.ToList();
            for (var start = 0; start < numbers.Count;)
            {
                var end = start;
                while (end + 1 < numbers.Count && numbers[end + 1] == numbers[end] + 1)
                {
                    end++;
                }
                table.Append(CultureInfo.InvariantCulture, $"{numbers[start]} {end - start + 1}\n");
                for (var i = start; i <= end; i++)
                {
                    table.Append(CultureInfo.InvariantCulture, $"{_offsets[numbers[i]]:D10} 00000 n\r\n");
                }
                start = end + 1;
            }
            Write(table.ToString());
            Write($"trailer\n<<{trailer}>>\nstartxref\n{xref}\n%%EOF\n");
            return _bytes.ToArray();
        }

        private void Write(string text) => _bytes.Write(Encoding.Latin1.GetBytes(text));

        public void Dispose() => _bytes.Dispose();
    }
}
