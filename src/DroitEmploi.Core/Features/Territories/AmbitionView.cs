namespace DroitEmploi.Core.Features.Territories;

public sealed record AmbitionView(DateOnly TargetDate, int JobsInEmploymentCompanies, int JobsInLocalCompanies, string? Note)
{
    public int TotalJobs => JobsInEmploymentCompanies + JobsInLocalCompanies;
}
