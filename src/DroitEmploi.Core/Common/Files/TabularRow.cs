namespace DroitEmploi.Core.Common.Files;

public sealed record TabularRow(int Line, IReadOnlyList<string> Cells)
{
    /// <summary>The cell's text, trimmed, without the apostrophe an export put before a formula-like text.</summary>
    public string Cell(int column) => column < Cells.Count ? SpreadsheetText.Restore(Cells[column]).Trim() : "";
}
