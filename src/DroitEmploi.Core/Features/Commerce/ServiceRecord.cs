using DroitEmploi.Core.Common;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// A service an employee did for a client (date, catalogue item, quantity), recorded from her phone. It becomes a
/// line of the client's draft invoice at once, which the organisation's management or accounting then validates.
/// </summary>
public class ServiceRecord : TrackedEntity
{
    /// <summary>How far back a service may be recorded: the month's invoicing is done by then.</summary>
    public const int DaysBack = 60;

    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int ClientId { get; set; }
    public int CatalogueItemId { get; set; }
    public DateOnly DoneOn { get; set; }
    public decimal Quantity { get; set; }
    public string? Note { get; set; }
    public string RecordedByUserId { get; set; } = "";
    public string RecordedByName { get; set; } = "";
    /// <summary>The invoice the service went into; null once its draft was deleted, so that the service is not lost.</summary>
    public int? InvoiceId { get; set; }
    /// <summary>The KPA cooperant who did the service, whose trade name and CAPE the invoice mentions.</summary>
    public int? CooperantId { get; set; }

    public static ServiceRecord Record(int organisationId, Client client, CatalogueItem item, ServiceRecordInput input, string userId, string userName, DateOnly today)
    {
        if (input.DoneOn is not { } doneOn)
        {
            throw ValidationFailedException.For("doneOn", "Indiquez le jour de la prestation.");
        }
        if (doneOn > today)
        {
            throw ValidationFailedException.For("doneOn", "Une prestation se déclare une fois faite : la date ne peut pas être dans le futur.");
        }
        if (doneOn < today.AddDays(-DaysBack))
        {
            throw ValidationFailedException.For("doneOn", $"Une prestation se déclare dans les {DaysBack} jours ; pour une plus ancienne, voyez la direction.");
        }
        if (client.OrganisationId != organisationId)
        {
            throw ValidationFailedException.For("clientId", "Ce client n'est pas un client de cette structure.");
        }
        if (item.OrganisationId != organisationId)
        {
            throw ValidationFailedException.For("catalogueItemId", "Cette prestation n'est pas au catalogue de la structure.");
        }
        return new ServiceRecord
        {
            OrganisationId = organisationId,
            ClientId = client.Id,
            CatalogueItemId = item.Id,
            DoneOn = doneOn,
            Quantity = input.Quantity,
            Note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(),
            RecordedByUserId = userId,
            RecordedByName = userName,
        };
    }

    /// <summary>The invoice line it becomes: the catalogue item at the client's price, dated and with the note.</summary>
    public InvoiceLineInput Line(CatalogueItem item) => new()
    {
        CatalogueItemId = item.Id,
        Description = $"{item.Name} — {DoneOn:dd/MM/yyyy}{(Note is null ? "" : $" ({Note})")}",
        Quantity = Quantity,
    };
}
