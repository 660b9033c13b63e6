using System.Globalization;
using System.Text;
using ClosedXML.Excel;
using CsvHelper;
using CsvHelper.Configuration;

namespace DroitEmploi.Core.Common.Files;

/// <summary>Writes a table as XLSX (typed cells) or CSV (";", UTF-8 with BOM, as French Excel opens it).</summary>
public static class TableExport
{
    public static ExportedFile Write(ExportFormat format, string name, IReadOnlyList<string> headers, IEnumerable<object?[]> rows) =>
        format == ExportFormat.Csv
            ? new ExportedFile(Csv(headers, rows), "text/csv; charset=utf-8", name + ".csv")
            : new ExportedFile(Xlsx(name, headers, rows), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", name + ".xlsx");

    private static byte[] Csv(IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, new CsvConfiguration(CultureInfo.InvariantCulture) { Delimiter = ";" }))
        {
            foreach (var header in headers)
            {
                csv.WriteField(header);
            }
            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var value in row)
                {
                    csv.WriteField(value is string text ? SpreadsheetText.Neutralise(text) : Text(value));
                }
                csv.NextRecord();
            }
        }
        return stream.ToArray();
    }

    private static byte[] Xlsx(string name, IReadOnlyList<string> headers, IEnumerable<object?[]> rows)
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add(name.Length > 31 ? name[..31] : name);
        for (var c = 0; c < headers.Count; c++)
        {
            var cell = sheet.Cell(1, c + 1);
            cell.Value = headers[c];
            cell.Style.Font.Bold = true;
            sheet.Column(c + 1).Width = Math.Clamp(headers[c].Length + 4, 12, 40);
        }
        var r = 2;
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Length; c++)
            {
                var cell = sheet.Cell(r, c + 1);
                switch (row[c])
                {
                    case null:
                        break;
                    case DateOnly date:
                        cell.Value = date.ToDateTime(TimeOnly.MinValue);
                        cell.Style.DateFormat.Format = "dd/mm/yyyy";
                        break;
                    case int number:
                        cell.Value = number;
                        break;
                    case decimal or double or float or long:
                        cell.Value = Convert.ToDouble(row[c], CultureInfo.InvariantCulture);
                        break;
                    default:
                        // Text stays text: "2026-03" or "01" must not become a date or a number, nor "=1+1" a formula.
                        cell.Style.NumberFormat.Format = "@";
                        var text = Clip(Text(row[c]));
                        cell.SetValue(text);
                        if (SpreadsheetText.LooksLikeFormula(text))
                        {
                            cell.Style.IncludeQuotePrefix = true;
                        }
                        break;
                }
            }
            r++;
        }
        sheet.SheetView.FreezeRows(1);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);
        return stream.ToArray();
    }

    // Excel holds at most 32,767 characters in a cell; inputs are limited well below, this keeps old data exportable.
    private static string Clip(string text) => text.Length <= 32_767 ? text : text[..32_766] + "…";

    private static string Text(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        bool flag => flag ? "oui" : "non",
        decimal amount => amount.ToString("0.00", French.Culture),
        IFormattable formattable => formattable.ToString(null, French.Culture),
        _ => value.ToString() ?? "",
    };
}
