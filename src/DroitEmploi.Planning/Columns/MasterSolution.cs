namespace DroitEmploi.Planning.Columns;

/// <summary>
/// The master's dual prices (per employee and per demand), its value, and for each employee the
/// column (its place in the pool) with the largest share and that share.
/// </summary>
internal sealed record MasterSolution(double[] EmployeeDuals, double[] CoverDuals, double Value, (int Place, double Share)[] Leaning);
