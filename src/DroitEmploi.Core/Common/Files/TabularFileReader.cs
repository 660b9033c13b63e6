using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace DroitEmploi.Core.Common.Files;

/// <summary>
/// Reads CSV and XLSX files as French offices produce them: ";" or "," separators, UTF-8 or
/// Windows-1252, dates typed as text or stored as Excel dates.
/// </summary>
public static class TabularFileReader
{
    static TabularFileReader() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <param name="headersOnly">Stop a CSV file after its header line: enough to refuse a wrong file at once.</param>
    public static TabularFile Read(byte[] content, string fileName, bool headersOnly = false)
    {
        if (content.Length == 0)
        {
            throw ValidationFailedException.For("file", "Le fichier est vide.");
        }
        var extension = Path.GetExtension(fileName).ToLowerInvariant();
        var isZip = content.Length > 3 && content[0] == 'P' && content[1] == 'K';
        if (extension == ".xls")
        {
            throw ValidationFailedException.For("file", "Le format .xls n'est pas lu : enregistrez le fichier au format .xlsx ou .csv.");
        }
        if (extension == ".xlsx" || isZip)
        {
            return ReadXlsx(content);
        }
        if (extension is not (".csv" or ".txt" or ""))
        {
            throw ValidationFailedException.For("file", "Envoyez un fichier .csv ou .xlsx.");
        }
        return ReadCsv(content, headersOnly);
    }

    private static TabularFile ReadCsv(byte[] content, bool headersOnly)
    {
        var (text, encodingName) = Decode(content);
        var delimiter = GuessDelimiter(text);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter,
            HasHeaderRecord = false,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
            IgnoreBlankLines = true,
        };
        using var reader = new StringReader(text);
        using var csv = new CsvReader(reader, configuration);
        var rows = new List<TabularRow>();
        string[]? headers = null;
        while (csv.Read())
        {
            var record = csv.Parser.Record ?? [];
            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }
            if (headers is null)
            {
                headers = record.Select(h => h.Trim()).ToArray();
                if (headersOnly)
                {
                    break;
                }
                continue;
            }
            rows.Add(new TabularRow(csv.Parser.RawRow, record));
        }
        if (headers is null)
        {
            throw ValidationFailedException.For("file", "Le fichier ne contient aucune ligne d'en-tête.");
        }
        var separatorName = delimiter == ";" ? "point-virgule" : delimiter == "," ? "virgule" : "tabulation";
        return new TabularFile(headers, rows, $"CSV, {encodingName}, séparateur {separatorName}");
    }

    private static (string Text, string EncodingName) Decode(byte[] content)
    {
        if (content.Length >= 3 && content[0] == 0xEF && content[1] == 0xBB && content[2] == 0xBF)
        {
            return (Encoding.UTF8.GetString(content, 3, content.Length - 3), "UTF-8");
        }
        try
        {
            return (new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            // Not valid UTF-8: what Excel for Windows writes when it saves "CSV (séparateur : point-virgule)".
            return (Encoding.GetEncoding(1252).GetString(content), "Windows-1252");
        }
    }

    private static string GuessDelimiter(string text)
    {
        var firstLine = text.Split('\n').FirstOrDefault(l => !string.IsNullOrWhiteSpace(l)) ?? "";
        var candidates = new[] { ";", ",", "\t" };
        return candidates.OrderByDescending(c => firstLine.Count(ch => ch == c[0])).First();
    }

    private static TabularFile ReadXlsx(byte[] content) => new XlsxSheetReader(XlsxLimits.Import).Read(content);
}
