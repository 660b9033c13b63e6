namespace DroitEmploi.Core.Features.Public;

/// <summary>
/// A table as it is published: each cell, row total, column total and the grand total, or null where the count is
/// secret — under the threshold, or hidden so that no secret count can be worked out from the others.
/// </summary>
public sealed record ProtectedTable(
    string Title, IReadOnlyList<string> Rows, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<int?>> Cells,
    IReadOnlyList<int?> RowTotals, IReadOnlyList<int?> ColumnTotals, int? Total, int Threshold)
{
    public int Hidden => Cells.Sum(r => r.Count(c => c is null)) + RowTotals.Count(t => t is null) + ColumnTotals.Count(t => t is null) + (Total is null ? 1 : 0);
}
