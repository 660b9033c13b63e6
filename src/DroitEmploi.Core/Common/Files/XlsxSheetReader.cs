using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;

namespace DroitEmploi.Core.Common.Files;

/// <summary>
/// Reads the first sheet of an XLSX workbook as a stream of XML, with limits enforced while reading:
/// unzipped bytes, columns and rows. A sparse sheet (one cell in column XFD) or a compression bomb is
/// refused as soon as it shows, before it can fill the memory. Formulas are never evaluated: a cell
/// gives the value Excel saved with it.
/// </summary>
public sealed class XlsxSheetReader(XlsxLimits limits)
{
    private readonly XlsxLimits _limits = limits;

    private const string MainNamespace = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string RelationshipNamespace = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string PackageRelationshipNamespace = "http://schemas.openxmlformats.org/package/2006/relationships";

    // Excel's built-in number formats that show a date or a time.
    private static readonly HashSet<int> BuiltInDateFormats = [14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 30, 36, 45, 46, 47, 50, 57];

    private long _unzipped;

    public TabularFile Read(byte[] content)
    {
        ZipArchive zip;
        try
        {
            zip = new ZipArchive(new MemoryStream(content), ZipArchiveMode.Read);
        }
        catch (InvalidDataException)
        {
            throw Unreadable();
        }
        using (zip)
        {
            try
            {
                var relations = Relationships(zip, "xl/_rels/workbook.xml.rels");
                var (sheetName, sheetPath) = FirstSheet(zip, relations);
                var sharedStrings = relations.Values.FirstOrDefault(r => r.Type.EndsWith("/sharedStrings", StringComparison.Ordinal)).Target
                    ?? "xl/sharedStrings.xml";
                var styles = relations.Values.FirstOrDefault(r => r.Type.EndsWith("/styles", StringComparison.Ordinal)).Target ?? "xl/styles.xml";
                var strings = ReadSharedStrings(zip, sharedStrings);
                var dateStyles = ReadDateStyles(zip, styles);
                return ReadSheet(zip, sheetPath, sheetName, strings, dateStyles);
            }
            catch (XmlException)
            {
                throw Unreadable();
            }
            catch (InvalidDataException)
            {
                throw Unreadable();
            }
        }
    }

    private static ValidationFailedException Unreadable() =>
        ValidationFailedException.For("file", "Ce fichier Excel est illisible ou protégé : enregistrez-le à nouveau au format .xlsx.");

    private (string Name, string Path) FirstSheet(ZipArchive zip, Dictionary<string, (string Type, string Target)> relations)
    {
        using var reader = Open(zip, "xl/workbook.xml") ?? throw Unreadable();
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.NamespaceURI == MainNamespace)
            {
                var name = reader.GetAttribute("name") ?? "Feuille 1";
                var id = reader.GetAttribute("id", RelationshipNamespace);
                var target = id is not null && relations.TryGetValue(id, out var relation) ? relation.Target : "xl/worksheets/sheet1.xml";
                return (name, target);
            }
        }
        throw ValidationFailedException.For("file", "Le classeur ne contient aucune feuille.");
    }

    private Dictionary<string, (string Type, string Target)> Relationships(ZipArchive zip, string path)
    {
        var result = new Dictionary<string, (string, string)>();
        using var reader = Open(zip, path);
        while (reader is not null && reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship" && reader.NamespaceURI == PackageRelationshipNamespace)
            {
                var target = reader.GetAttribute("Target") ?? "";
                // Targets are relative to xl/ unless they start at the package's root.
                result[reader.GetAttribute("Id") ?? ""] = (reader.GetAttribute("Type") ?? "", target.StartsWith('/') ? target[1..] : "xl/" + target);
            }
        }
        return result;
    }

    private List<string> ReadSharedStrings(ZipArchive zip, string path)
    {
        var strings = new List<string>();
        using var reader = Open(zip, path, _limits.MaxSharedStringsBytes, "le tableau des textes partagés");
        while (reader is not null && reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                strings.Add(ReadText(reader));
            }
        }
        return strings;
    }

    /// <summary>Style indexes whose number format shows a date: a number in such a cell is an Excel date.</summary>
    private HashSet<int> ReadDateStyles(ZipArchive zip, string path)
    {
        var customDateFormats = new HashSet<int>();
        var dateStyles = new HashSet<int>();
        using var reader = Open(zip, path);
        var inCellFormats = false;
        var index = 0;
        while (reader is not null && reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "numFmt"
                && int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var id) && IsDateFormat(reader.GetAttribute("formatCode")))
            {
                customDateFormats.Add(id);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "cellXfs")
            {
                inCellFormats = !reader.IsEmptyElement;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCellFormats = false;
            }
            else if (inCellFormats && reader.NodeType == XmlNodeType.Element && reader.LocalName == "xf")
            {
                if (int.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var format)
                    && (BuiltInDateFormats.Contains(format) || customDateFormats.Contains(format)))
                {
                    dateStyles.Add(index);
                }
                index++;
            }
        }
        return dateStyles;
    }

    private static bool IsDateFormat(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }
        // Quoted text and [colour] or [$-locale] blocks are not date parts.
        var plain = new StringBuilder();
        var quoted = false;
        var bracket = false;
        foreach (var c in code)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted && c == '[')
            {
                bracket = true;
            }
            else if (!quoted && c == ']')
            {
                bracket = false;
            }
            else if (!quoted && !bracket)
            {
                plain.Append(char.ToLowerInvariant(c));
            }
        }
        var text = plain.ToString();
        return text.IndexOfAny(['d', 'y']) >= 0 || (text.Contains('m') && text.Contains('h'));
    }

    private TabularFile ReadSheet(ZipArchive zip, string path, string sheetName, List<string> strings, HashSet<int> dateStyles)
    {
        using var reader = Open(zip, path) ?? throw Unreadable();
        List<string>? headers = null;
        var rows = new List<TabularRow>();
        var rowNumber = 0;
        while (reader.Read())
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "row" || reader.NamespaceURI != MainNamespace)
            {
                continue;
            }
            rowNumber = int.TryParse(reader.GetAttribute("r"), CultureInfo.InvariantCulture, out var r) ? r : rowNumber + 1;
            var cells = ReadRow(reader, strings, dateStyles);
            if (cells.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (headers is null)
            {
                headers = cells.Select(c => c.Trim()).ToList();
                continue;
            }
            if (rows.Count == _limits.MaxRows)
            {
                throw ValidationFailedException.For("file", $"Le fichier compte plus de {_limits.MaxRows} lignes : {_limits.MaxRows} au plus par import.");
            }
            rows.Add(new TabularRow(rowNumber, cells));
        }
        if (headers is null)
        {
            throw ValidationFailedException.For("file", "La première feuille du classeur est vide.");
        }
        var width = Math.Max(headers.Count, rows.Count == 0 ? 0 : rows.Max(row => row.Cells.Count));
        var padded = headers.Concat(Enumerable.Repeat("", width - headers.Count)).ToList();
        return new TabularFile(padded, rows, $"Excel, feuille « {sheetName} »");
    }

    private List<string> ReadRow(XmlReader reader, List<string> strings, HashSet<int> dateStyles)
    {
        var cells = new List<string>();
        if (reader.IsEmptyElement)
        {
            return cells;
        }
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType != XmlNodeType.Element || reader.LocalName != "c")
            {
                continue;
            }
            var column = ColumnIndex(reader.GetAttribute("r")) ?? cells.Count;
            if (column >= _limits.MaxColumns)
            {
                throw ValidationFailedException.For("file",
                    $"La feuille a des données au-delà de la colonne {_limits.MaxColumns} : supprimez les colonnes inutiles, ou enregistrez le fichier au format .csv.");
            }
            var type = reader.GetAttribute("t");
            var style = int.TryParse(reader.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : 0;
            var text = ReadCell(reader, type, style, strings, dateStyles);
            while (cells.Count < column)
            {
                cells.Add("");
            }
            if (column < cells.Count)
            {
                cells[column] = text;
            }
            else
            {
                cells.Add(text);
            }
        }
        return cells;
    }

    private static string ReadCell(XmlReader reader, string? type, int style, List<string> strings, HashSet<int> dateStyles)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        string? value = null;
        string? inline = null;
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "v")
            {
                value = reader.ReadElementContentAsString();
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    break;
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "is")
            {
                inline = ReadText(reader);
            }
            // <f>, the formula, is skipped: only the value Excel saved is read.
        }
        return type switch
        {
            "s" => int.TryParse(value, CultureInfo.InvariantCulture, out var index) && index >= 0 && index < strings.Count ? strings[index] : "",
            "inlineStr" => inline ?? "",
            "b" => value == "1" ? "oui" : "non",
            "e" => "",
            "str" or "d" => value ?? "",
            _ => Number(value, dateStyles.Contains(style)),
        };
    }

    private static string Number(string? value, bool isDate)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            return value ?? "";
        }
        return isDate && number is > -657435 and < 2958466
            ? DateTime.FromOADate(number).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
            : number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The text of a shared or inline string: its plain &lt;t&gt; or the runs of rich text.</summary>
    private static string ReadText(XmlReader reader)
    {
        if (reader.IsEmptyElement)
        {
            return "";
        }
        var text = new StringBuilder();
        var depth = reader.Depth;
        while (reader.Read() && !(reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth))
        {
            // Phonetic guides (rPh) repeat the text in another script; they are not part of it.
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "rPh")
            {
                reader.Skip();
                if (reader.NodeType == XmlNodeType.EndElement && reader.Depth == depth)
                {
                    break;
                }
                continue;
            }
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.SignificantWhitespace or XmlNodeType.Whitespace && reader.Depth > depth + 1)
            {
                text.Append(reader.Value);
                if (text.Length > 32_767)
                {
                    throw ValidationFailedException.For("file", "Une cellule du classeur dépasse 32 767 caractères, la limite d'Excel.");
                }
            }
        }
        return text.ToString();
    }

    /// <summary>"C12" → 2 (A is 0); null when the reference is missing or malformed.</summary>
    private static int? ColumnIndex(string? reference)
    {
        if (string.IsNullOrEmpty(reference))
        {
            return null;
        }
        var column = 0;
        var letters = 0;
        foreach (var c in reference)
        {
            if (c is >= 'A' and <= 'Z')
            {
                column = column * 26 + (c - 'A' + 1);
                if (++letters > 3)
                {
                    return int.MaxValue;
                }
            }
            else
            {
                break;
            }
        }
        return letters == 0 ? null : column - 1;
    }

    private XmlReader? Open(ZipArchive zip, string path, long? partLimit = null, string? what = null)
    {
        var entry = zip.GetEntry(path);
        if (entry is null)
        {
            return null;
        }
        var stream = new BoundedStream(entry.Open(), partLimit ?? _limits.MaxUnzippedBytes, this, what ?? "le classeur");
        return XmlReader.Create(stream, new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            CloseInput = true,
            MaxCharactersInDocument = 0,
        });
    }

    /// <summary>Counts what is unzipped, per part and in all, and stops at the limits whatever the archive declares.</summary>
    private sealed class BoundedStream(Stream inner, long partLimit, XlsxSheetReader owner, string what) : Stream
    {
        private long _read;

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = inner.Read(buffer, offset, count);
            _read += n;
            owner._unzipped += n;
            if (_read > partLimit || owner._unzipped > owner._limits.MaxUnzippedBytes)
            {
                throw ValidationFailedException.For("file",
                    $"Ce classeur est trop volumineux une fois décompressé ({what} dépasse {Math.Min(partLimit, owner._limits.MaxUnzippedBytes) / (1024 * 1024)} Mo) : enregistrez-le au format .csv.");
            }
            return n;
        }

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _read; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        protected override void Dispose(bool disposing)
        {
            if (disposing)
            {
                inner.Dispose();
            }
            base.Dispose(disposing);
        }
    }
}
