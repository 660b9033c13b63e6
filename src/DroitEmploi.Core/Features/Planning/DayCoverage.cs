namespace DroitEmploi.Core.Features.Planning;

/// <summary>A slot on a day: whether it runs, how many people it needs and who is on it.</summary>
public sealed record DayCoverage(DateOnly Date, bool Runs, int Needed, IReadOnlyList<string> People)
{
    public int Missing => Runs ? Math.Max(0, Needed - People.Count) : 0;

    public int Extra => Runs ? Math.Max(0, People.Count - Needed) : People.Count;
}
