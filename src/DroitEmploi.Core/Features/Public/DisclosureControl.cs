namespace DroitEmploi.Core.Features.Public;

/// <summary>
/// Statistical disclosure control of the public figures (decision 0018). Primary suppression hides every count of
/// people from 1 to the threshold less one, totals included; a zero is published (it is about nobody). Secondary
/// suppression then hides further cells until no hidden count can be worked out from what is published: seen as a
/// bipartite graph — rows and columns (the totals' row and column included) as nodes, hidden cells as edges — a hidden
/// cell is determined by the totals exactly when its edge lies on no cycle, so each such edge gets a cycle through
/// it, with the smallest counts available. Every hidden cell being positive, each cycle lets its cells move both ways.
/// </summary>
public static class DisclosureControl
{
    public static ProtectedTable Protect(CountTable table, int threshold)
    {
        var rows = table.Rows.Count;
        var columns = table.Columns.Count;
        if (table.Cells.Length != rows || table.Cells.Any(r => r.Length != columns) || table.Cells.Any(r => r.Any(c => c < 0)))
        {
            throw new ArgumentException("A count table has one non-negative count per row and column.", nameof(table));
        }
        // The full grid with its totals: row index `rows` is the column totals, column index `columns` the row totals.
        var grid = new int[rows + 1, columns + 1];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                grid[i, j] = table.Cells[i][j];
                grid[i, columns] += grid[i, j];
                grid[rows, j] += grid[i, j];
                grid[rows, columns] += grid[i, j];
            }
        }
        var hidden = new bool[rows + 1, columns + 1];
        for (var i = 0; i <= rows; i++)
        {
            for (var j = 0; j <= columns; j++)
            {
                hidden[i, j] = grid[i, j] > 0 && grid[i, j] < threshold;
            }
        }
        while (FirstDetermined(hidden, rows, columns) is { } exposed)
        {
            var (row, column) = Cover(grid, hidden, rows, columns, exposed);
            hidden[row, column] = true;
        }
        int? Published(int i, int j) => hidden[i, j] ? null : grid[i, j];
        return new ProtectedTable(table.Title, table.Rows, table.Columns,
            Enumerable.Range(0, rows).Select(i => (IReadOnlyList<int?>)Enumerable.Range(0, columns).Select(j => Published(i, j)).ToList()).ToList(),
            Enumerable.Range(0, rows).Select(i => Published(i, columns)).ToList(),
            Enumerable.Range(0, columns).Select(j => Published(rows, j)).ToList(),
            Published(rows, columns), threshold);
    }

    /// <summary>A single count: published if zero or at least the threshold.</summary>
    public static int? Count(int count, int threshold) => count == 0 || count >= threshold ? count : null;

    /// <summary>An amount about organisations: published only if at least so many organisations make it up.</summary>
    public static decimal? Amount(decimal amount, int organisations, int minimumOrganisations) => organisations >= minimumOrganisations ? amount : null;

    /// <summary>A hidden cell whose edge is a bridge of the hidden cells' graph: the totals would give it away.</summary>
    private static (int Row, int Column)? FirstDetermined(bool[,] hidden, int rows, int columns)
    {
        for (var i = 0; i <= rows; i++)
        {
            for (var j = 0; j <= columns; j++)
            {
                if (hidden[i, j] && !Connected(hidden, rows, columns, i, j, without: (i, j)))
                {
                    return (i, j);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The cell to hide next for an exposed one: the smallest positive published count whose hiding puts the exposed
    /// cell on a cycle; failing one, the smallest in its row or column, which brings a cycle closer.
    /// </summary>
    private static (int Row, int Column) Cover(int[,] grid, bool[,] hidden, int rows, int columns, (int Row, int Column) exposed)
    {
        var candidates = new List<(int Row, int Column, int Count)>();
        for (var i = 0; i <= rows; i++)
        {
            for (var j = 0; j <= columns; j++)
            {
                if (!hidden[i, j] && grid[i, j] > 0)
                {
                    candidates.Add((i, j, grid[i, j]));
                }
            }
        }
        foreach (var candidate in candidates.OrderBy(c => c.Count).ThenBy(c => c.Row).ThenBy(c => c.Column))
        {
            hidden[candidate.Row, candidate.Column] = true;
            var closes = Connected(hidden, rows, columns, exposed.Row, exposed.Column, without: exposed);
            hidden[candidate.Row, candidate.Column] = false;
            if (closes)
            {
                return (candidate.Row, candidate.Column);
            }
        }
        var ordered = candidates.OrderBy(c => c.Row == exposed.Row || c.Column == exposed.Column ? 0 : 1).ThenBy(c => c.Count).ToList();
        if (ordered.Count == 0)
        {
            throw new InvalidOperationException("Every positive count is hidden and one can still be worked out: the table cannot be protected.");
        }
        return (ordered[0].Row, ordered[0].Column);
    }

    /// <summary>Whether row node `row` and column node `column` are joined by hidden cells other than `without`.</summary>
    private static bool Connected(bool[,] hidden, int rows, int columns, int row, int column, (int Row, int Column) without)
    {
        // Nodes 0..rows are rows, rows+1..rows+1+columns are columns.
        var seen = new bool[rows + columns + 2];
        var queue = new Queue<int>();
        queue.Enqueue(row);
        seen[row] = true;
        while (queue.Count > 0)
        {
            var node = queue.Dequeue();
            if (node <= rows)
            {
                for (var j = 0; j <= columns; j++)
                {
                    if (hidden[node, j] && (node, j) != without && !seen[rows + 1 + j])
                    {
                        seen[rows + 1 + j] = true;
                        queue.Enqueue(rows + 1 + j);
                    }
                }
            }
            else
            {
                var j = node - rows - 1;
                for (var i = 0; i <= rows; i++)
                {
                    if (hidden[i, j] && (i, j) != without && !seen[i])
                    {
                        seen[i] = true;
                        queue.Enqueue(i);
                    }
                }
            }
        }
        return seen[rows + 1 + column];
    }
}
