namespace DroitEmploi.Core.Features.Cooperatives;

public enum ExitReason
{
    Job,
    Training,
    BusinessCreation,
    EmploymentCompany,
    Other,
}
