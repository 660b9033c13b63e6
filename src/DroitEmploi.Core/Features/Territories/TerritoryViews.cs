namespace DroitEmploi.Core.Features.Territories;

public sealed record TerritorySummary(
    int Id, string Name, string? Department, DateOnly? HabilitationDate, int? Population,
    int CommuneCount, int QuartierCount, AmbitionView? NextAmbition);

public sealed record TerritoryDetails(
    int Id, string Name, string? Department, DateOnly? HabilitationDate, int? Population, string? Description,
    IReadOnlyList<PerimeterAreaView> Perimeter, IReadOnlyList<AmbitionView> Ambitions, IReadOnlyList<PhaseView> Phases,
    int Version, bool CanManage, DateTime UpdatedAt, string? UpdatedBy)
{
    public TerritoryInput ToInput() => new()
    {
        Name = Name,
        Department = Department,
        HabilitationDate = HabilitationDate,
        Population = Population,
        Description = Description,
        Perimeter = Perimeter.Select(a => new PerimeterAreaInput { Kind = a.Kind, Name = a.Name, InseeCode = a.InseeCode, Commune = a.Commune }).ToList(),
        Ambitions = Ambitions.Select(a => new AmbitionInput
        {
            TargetDate = a.TargetDate,
            JobsInEmploymentCompanies = a.JobsInEmploymentCompanies,
            JobsInLocalCompanies = a.JobsInLocalCompanies,
            Note = a.Note,
        }).ToList(),
        Phases = Phases.Select(p => new PhaseInput { Kind = p.Kind, Date = p.Date, Label = p.Label }).ToList(),
        Version = Version,
    };
}

public sealed record PerimeterAreaView(AreaKind Kind, string Name, string? InseeCode, string? Commune);

public sealed record AmbitionView(DateOnly TargetDate, int JobsInEmploymentCompanies, int JobsInLocalCompanies, string? Note)
{
    public int TotalJobs => JobsInEmploymentCompanies + JobsInLocalCompanies;
}

public sealed record PhaseView(PhaseKind Kind, DateOnly Date, string Label);

public enum TerritorySort
{
    Name,
    HabilitationDate,
    Population,
}
