namespace DroitEmploi.Core.Features.People;

public enum Orientation
{
    Kpa,
    Iae,
    Training,
    LocalCompany,
    Rte,
    Other,
}
