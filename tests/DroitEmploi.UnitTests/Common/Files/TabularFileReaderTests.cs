using System.Text;
using ClosedXML.Excel;
using DroitEmploi.Core.Common;
using DroitEmploi.Core.Common.Files;

namespace DroitEmploi.UnitTests.Common.Files;

public class TabularFileReaderTests
{
    static TabularFileReaderTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Windows_1252_file_with_semicolons_keeps_its_accents()
    {
        var bytes = Encoding.GetEncoding(1252).GetBytes("Nom;Prénom;Commune\r\nLefèvre;Hélène;Valenciennes\r\n");
        var file = TabularFileReader.Read(bytes, "export.csv");
        Assert.Equal(["Nom", "Prénom", "Commune"], file.Headers);
        Assert.Equal(["Lefèvre", "Hélène", "Valenciennes"], file.Rows.Single().Cells);
        Assert.Contains("Windows-1252", file.Description, StringComparison.Ordinal);
        Assert.Contains("point-virgule", file.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Utf8_file_with_a_bom_and_commas_and_quoted_cells()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("Nom,Activités\n\"Dupont\",\"friperie, couture\"\n\nMartin,cuisine\n")).ToArray();
        var file = TabularFileReader.Read(bytes, "liste.csv");
        Assert.Equal(2, file.Rows.Count);
        Assert.Equal("friperie, couture", file.Rows[0].Cell(1));
        Assert.Equal(4, file.Rows[1].Line);
    }

    [Fact]
    public void Xlsx_dates_come_as_french_text_with_the_row_number()
    {
        using var workbook = new XLWorkbook();
        var sheet = workbook.Worksheets.Add("Volontaires");
        sheet.Cell(1, 1).Value = "Nom";
        sheet.Cell(1, 2).Value = "Date de candidature";
        sheet.Cell(3, 1).Value = "Leroy";
        sheet.Cell(3, 2).Value = new DateTime(2024, 12, 31);
        using var stream = new MemoryStream();
        workbook.SaveAs(stream);

        var file = TabularFileReader.Read(stream.ToArray(), "volontaires.xlsx");
        var row = Assert.Single(file.Rows);
        Assert.Equal(3, row.Line);
        Assert.Equal("31/12/2024", row.Cell(1));
    }

    [Theory]
    [InlineData("", "vide")]
    [InlineData("Nom;Prénom", "xls")]
    public void Unreadable_files_are_refused_in_french(string content, string expected)
    {
        var name = expected == "xls" ? "ancien.xls" : "vide.csv";
        var error = Assert.Throws<ValidationFailedException>(() => TabularFileReader.Read(Encoding.UTF8.GetBytes(content), name));
        Assert.Contains(expected, error.Errors["file"][0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void A_corrupt_xlsx_is_refused_not_crashed() =>
        Assert.Throws<ValidationFailedException>(() => TabularFileReader.Read([(byte)'P', (byte)'K', 3, 4, 0, 0, 1, 2], "casse.xlsx"));
}
