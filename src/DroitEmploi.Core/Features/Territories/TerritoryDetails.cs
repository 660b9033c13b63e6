namespace DroitEmploi.Core.Features.Territories;

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
