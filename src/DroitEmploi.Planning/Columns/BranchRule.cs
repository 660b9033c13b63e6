namespace DroitEmploi.Planning.Columns;

/// <summary>A branching decision on one employee's schedule: the shift type is worked that day, or it is not.</summary>
internal readonly record struct BranchRule(int Employee, int Day, int Shift, bool Works)
{
    public bool Keeps(int[] shiftOnDay) => (shiftOnDay[Day] == Shift) == Works;
}
