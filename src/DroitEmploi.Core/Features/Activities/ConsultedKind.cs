namespace DroitEmploi.Core.Features.Activities;

public enum ConsultedKind
{
    ChamberOfCommerce,
    ChamberOfCrafts,
    LocalFirm,
    IaeStructure,
    Union,
    Other,
}
