namespace DroitEmploi.Core.Features.Territories;

public enum PhaseKind
{
    Emergence,
    CommitteeConstituted,
    Habilitation,
    EmploymentCompanyOpening,
    Other,
}
