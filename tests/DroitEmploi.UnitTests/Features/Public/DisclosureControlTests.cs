using DroitEmploi.Core.Features.Public;
using Google.OrTools.LinearSolver;

namespace DroitEmploi.UnitTests.Features.Public;

public class DisclosureControlTests
{
    private const int Threshold = 11;

    [Fact]
    public void A_small_count_is_hidden_with_enough_other_cells_that_the_totals_do_not_give_it_away()
    {
        // Hires and exits by quarter: one quarter had 4 exits.
        var table = new CountTable("Mouvements", ["T1", "T2", "T3"], ["Embauches", "Sorties"], [[25, 12], [30, 4], [18, 15]]);

        var published = DisclosureControl.Protect(table, Threshold);

        Assert.Null(published.Cells[1][1]);
        // Its row and its column each hide another cell, the smallest that closes a cycle.
        Assert.True(published.Cells[1][0] is null || published.RowTotals[1] is null);
        Assert.True(published.Cells[0][1] is null || published.Cells[2][1] is null || published.ColumnTotals[1] is null);
        Assert.Equal(104, published.Total);
        AssertProtected(table, published);
    }

    [Fact]
    public void Zeros_and_counts_from_the_threshold_are_published_as_they_are()
    {
        var table = new CountTable("Attente", ["Femmes", "Hommes"], ["Moins de 26 ans", "26 à 42 ans"], [[0, 40], [11, 52]]);

        var published = DisclosureControl.Protect(table, Threshold);

        Assert.Equal(0, published.Hidden);
        Assert.Equal([11, 52], published.Cells[1]);
        Assert.Equal([40, 63], published.RowTotals);
    }

    [Fact]
    public void A_small_total_is_secret_too()
    {
        var table = new CountTable("Attente", ["Femmes", "Hommes"], ["Moins de 26 ans", "62 ans et plus"], [[30, 3], [25, 5]]);

        var published = DisclosureControl.Protect(table, Threshold);

        Assert.Null(published.ColumnTotals[1]);
        AssertProtected(table, published);
    }

    [Fact]
    public void On_hundreds_of_random_tables_no_published_count_is_under_the_threshold_and_no_hidden_count_can_be_solved_for()
    {
        var random = new Random(20261126);
        for (var n = 0; n < 300; n++)
        {
            var rows = random.Next(1, 6);
            var columns = random.Next(1, 6);
            // Skewed counts: many small ones, some zeros, a few large.
            var cells = Enumerable.Range(0, rows).Select(_ => Enumerable.Range(0, columns)
                .Select(_ => random.NextDouble() switch { < 0.15 => 0, < 0.5 => random.Next(1, 11), _ => random.Next(11, 90) }).ToArray()).ToArray();
            var table = new CountTable($"Table {n}", Enumerable.Range(0, rows).Select(i => $"r{i}").ToList(), Enumerable.Range(0, columns).Select(j => $"c{j}").ToList(), cells);

            AssertProtected(table, DisclosureControl.Protect(table, Threshold));
        }
    }

    [Fact]
    public void A_single_count_is_published_when_zero_or_from_the_threshold_and_an_amount_from_three_organisations()
    {
        Assert.Equal([0, null, null, 11, 150], new[] { 0, 1, 10, 11, 150 }.Select(c => DisclosureControl.Count(c, Threshold)));
        Assert.Null(DisclosureControl.Amount(812_000m, organisations: 2, minimumOrganisations: 3));
        Assert.Equal(1_950_000m, DisclosureControl.Amount(1_950_000m, organisations: 3, minimumOrganisations: 3));
    }

    /// <summary>
    /// Every published count is the true one and is zero or at least the threshold; and, solving the published table's
    /// equations (rows and columns adding up to their totals, counts not negative) for each hidden cell, its smallest
    /// and largest possible values differ: nobody can work it out.
    /// </summary>
    private static void AssertProtected(CountTable table, ProtectedTable published)
    {
        var rows = table.Rows.Count;
        var columns = table.Columns.Count;
        var truth = new int[rows + 1, columns + 1];
        var shown = new int?[rows + 1, columns + 1];
        for (var i = 0; i < rows; i++)
        {
            for (var j = 0; j < columns; j++)
            {
                truth[i, j] = table.Cells[i][j];
                truth[i, columns] += truth[i, j];
                truth[rows, j] += truth[i, j];
                truth[rows, columns] += truth[i, j];
                shown[i, j] = published.Cells[i][j];
            }
            shown[i, columns] = published.RowTotals[i];
        }
        for (var j = 0; j < columns; j++)
        {
            shown[rows, j] = published.ColumnTotals[j];
        }
        shown[rows, columns] = published.Total;

        for (var i = 0; i <= rows; i++)
        {
            for (var j = 0; j <= columns; j++)
            {
                if (shown[i, j] is { } value)
                {
                    Assert.Equal(truth[i, j], value);
                    Assert.True(value == 0 || value >= Threshold, $"{table.Title}: {value} published at ({i},{j}).");
                }
            }
        }
        for (var i = 0; i <= rows; i++)
        {
            for (var j = 0; j <= columns; j++)
            {
                if (shown[i, j] is null)
                {
                    var (low, high) = Range(shown, rows, columns, i, j);
                    Assert.True(high - low >= 1 - 1e-6, $"{table.Title}: the hidden cell ({i},{j}) = {truth[i, j]} can be worked out ({low}..{high}).");
                }
            }
        }
    }

    private static (double Low, double High) Range(int?[,] shown, int rows, int columns, int row, int column)
    {
        double Solve(bool maximise)
        {
            using var solver = Solver.CreateSolver("GLOP");
            var x = new Variable[rows + 1, columns + 1];
            for (var i = 0; i <= rows; i++)
            {
                for (var j = 0; j <= columns; j++)
                {
                    // A large ceiling instead of none: an unbounded count is as undetermined as can be, and the solver reports it plainly.
                    x[i, j] = shown[i, j] is { } v ? solver.MakeNumVar(v, v, $"x{i}_{j}") : solver.MakeNumVar(0, 1_000_000, $"x{i}_{j}");
                }
            }
            for (var i = 0; i <= rows; i++)
            {
                var sum = solver.MakeConstraint(0, 0);
                for (var j = 0; j < columns; j++)
                {
                    sum.SetCoefficient(x[i, j], 1);
                }
                sum.SetCoefficient(x[i, columns], -1);
            }
            for (var j = 0; j <= columns; j++)
            {
                var sum = solver.MakeConstraint(0, 0);
                for (var i = 0; i < rows; i++)
                {
                    sum.SetCoefficient(x[i, j], 1);
                }
                sum.SetCoefficient(x[rows, j], -1);
            }
            var objective = solver.Objective();
            objective.SetCoefficient(x[row, column], 1);
            if (maximise)
            {
                objective.SetMaximization();
            }
            else
            {
                objective.SetMinimization();
            }
            var status = solver.Solve();
            return status switch
            {
                Solver.ResultStatus.OPTIMAL => objective.Value(),
                Solver.ResultStatus.UNBOUNDED => double.PositiveInfinity,
                _ => throw new InvalidOperationException($"The published table has no solution ({status}): " +
                    string.Join(" / ", Enumerable.Range(0, rows + 1).Select(i => string.Join(",", Enumerable.Range(0, columns + 1).Select(j => shown[i, j]?.ToString() ?? "?"))))),
            };
        }
        return (Solve(maximise: false), Solve(maximise: true));
    }
}
