namespace DroitEmploi.Planning.Columns;

/// <summary>One employee's whole schedule: the shift type worked each day (−1 when off), and the cost of the wishes it breaks.</summary>
internal sealed record Column(int[] ShiftOnDay, double Cost)
{
    public string Key(int employee) => employee + ":" + string.Join(',', ShiftOnDay);
}
