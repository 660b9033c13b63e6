using DroitEmploi.Core.Features.Cooperatives;
using DroitEmploi.Web.Components.Shared;

namespace DroitEmploi.Web.Features.Cooperatives;

public static class MoneyLabels
{
    public static string French(this LedgerLineKind kind) => kind switch
    {
        LedgerLineKind.Turnover => "Chiffre d'affaires encaissé",
        LedgerLineKind.DirectCost => "Coût direct",
        LedgerLineKind.Contribution => "Contribution à la structure de portage",
        LedgerLineKind.SharedCost => "Coût partagé",
        LedgerLineKind.Share => "Partage du mois",
        LedgerLineKind.Transfer => "Virement du collectif",
        _ => "Rémunération",
    };

    public static string French(this PayRequestStatus status) => status switch
    {
        PayRequestStatus.Requested => "Demandée",
        PayRequestStatus.Submitted => "Transmise à la CAE",
        PayRequestStatus.Validated => "Validée",
        _ => "Rejetée",
    };

    public static MudBlazor.Color Colour(this PayRequestStatus status) => status switch
    {
        PayRequestStatus.Validated => MudBlazor.Color.Success,
        PayRequestStatus.Rejected => MudBlazor.Color.Error,
        PayRequestStatus.Submitted => MudBlazor.Color.Info,
        _ => MudBlazor.Color.Default,
    };

    public static string Month(DateOnly month) => Formats.Month(month.Year, month.Month);
}
