namespace DroitEmploi.Core.Features.Commerce;

public sealed record ServiceRecordView(
    int Id, DateOnly DoneOn, int ClientId, string ClientName, string ItemName, decimal Quantity, SaleUnit Unit, string? Note, string RecordedBy,
    int? InvoiceId, string? InvoiceNumber, DateTime RecordedAt);

/// <summary>What an employee chooses from when she records a service: the clients' names and the catalogue, nothing more.</summary>
public sealed record ServiceChoices(IReadOnlyList<ServiceClientChoice> Clients, IReadOnlyList<ServiceItemChoice> Items);

public sealed record ServiceClientChoice(int Id, string Name, string City);

public sealed record ServiceItemChoice(int Id, string Name, SaleUnit Unit, string? ActivityName);
