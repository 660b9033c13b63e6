namespace DroitEmploi.Core.Features.Directory;

public enum TerritoryRole
{
    EmploymentCompany,
    Cooperative,
    FinancialPartner,
    Prescriber,
    Trainer,
    Partner,
    CommitteeMember,
    EconomicActor,
}
