using DroitEmploi.Core.Common;
using DroitEmploi.Core.Features.Parameters;

namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// An invoice or a credit note. A draft has no number and can change; validation checks every
/// mandatory mention, takes the next number of the issuer's series and freezes the document with
/// the identities it was issued with. From then on only payments and credit notes touch it.
/// </summary>
public class Invoice : TrackedEntity
{
    public int Id { get; set; }
    public int OrganisationId { get; set; }
    public int IssuerId { get; set; }
    public int ClientId { get; set; }
    public InvoiceKind Kind { get; set; }
    public int? CreditedInvoiceId { get; set; }
    public string? Number { get; set; }
    public InvoiceStatus Status { get; set; }
    public DateOnly? IssueDate { get; set; }
    public DateOnly? ServiceDate { get; set; }
    public DateOnly? DueDate { get; set; }
    public OperationCategory Category { get; set; }
    public string? OnBehalfOf { get; set; }
    /// <summary>The KPA cooperant whose services the invoice bills: what is cashed is their turnover in the KPA's sharing.</summary>
    public int? CooperantId { get; set; }
    public string? Note { get; set; }
    public List<InvoiceLine> Lines { get; set; } = [];
    public List<Payment> Payments { get; set; } = [];
    public decimal TotalNet { get; set; }
    public decimal TotalVat { get; set; }
    public decimal TotalGross { get; set; }
    public decimal PaidAmount { get; set; }
    public decimal CreditedAmount { get; set; }
    /// <summary>The issuer's and client's identity as printed, frozen at validation (JSON).</summary>
    public string? IssuerSnapshot { get; set; }
    public string? ClientSnapshot { get; set; }
    /// <summary>A quote's last day of validity.</summary>
    public DateOnly? ValidUntil { get; set; }
    /// <summary>The quote an invoice was drafted from.</summary>
    public int? QuoteId { get; set; }
    public DateTime? ValidatedAt { get; set; }
    public string? ValidatedBy { get; set; }

    public bool IsDraft => Status == InvoiceStatus.Draft;
    public decimal Balance => Kind == InvoiceKind.Invoice ? TotalGross - PaidAmount - CreditedAmount : 0m;

    public static Invoice Draft(int organisationId, Issuer issuer, Client client, InvoiceInput input, IReadOnlyList<CatalogueItem> catalogue,
        ParameterSnapshot parameters, DateOnly today, InvoiceKind kind = InvoiceKind.Invoice)
    {
        if (kind == InvoiceKind.CreditNote)
        {
            throw new BusinessRuleException("Un avoir se crée depuis la facture qu'il corrige.");
        }
        var invoice = new Invoice { OrganisationId = organisationId, Kind = kind, Status = InvoiceStatus.Draft };
        invoice.Revise(issuer, client, input, catalogue, parameters, today);
        return invoice;
    }

    public bool IsExpiredQuote(DateOnly today) => Kind == InvoiceKind.Quote && Status == InvoiceStatus.Sent && ValidUntil < today;

    /// <summary>The state people read on a day: a sent quote past its validity reads as expired before anyone touches it.</summary>
    public InvoiceStatus StatusOn(DateOnly today) => IsExpiredQuote(today) ? InvoiceStatus.Expired : Status;

    /// <summary>An issued invoice with something still due after its due date.</summary>
    public bool IsOverdue(DateOnly today) => Kind == InvoiceKind.Invoice && !IsDraft && Balance > 0 && DueDate < today;

    /// <summary>Sends a quote: it takes the next number of the quote series and is valid for the issuer's number of days.</summary>
    public void SendQuote(Issuer issuer, Client client, string number, DateOnly today, string by, DateTime at)
    {
        if (Kind != InvoiceKind.Quote)
        {
            throw new BusinessRuleException("Seul un devis s'envoie ainsi ; une facture se valide.");
        }
        EnsureDraft();
        var missing = MandatoryMentions.Missing(this, issuer, client).Where(m => m != "date de la vente ou de la prestation").ToList();
        if (missing.Count > 0)
        {
            throw ValidationFailedException.For("mentions", $"Mentions manquantes : {string.Join(", ", missing)}.");
        }
        Number = number;
        IssueDate = today;
        ValidUntil = today.AddDays(issuer.QuoteValidityDays);
        Status = InvoiceStatus.Sent;
        Freeze(issuer, client, by, at);
    }

    /// <summary>The client accepts: the quote is closed and its invoice drafted with the same lines, ready to be dated and validated.</summary>
    public Invoice AcceptQuote(DateOnly today)
    {
        EnsureAnswerable(today);
        Status = InvoiceStatus.Accepted;
        return new Invoice
        {
            OrganisationId = OrganisationId,
            IssuerId = IssuerId,
            ClientId = ClientId,
            Kind = InvoiceKind.Invoice,
            Status = InvoiceStatus.Draft,
            QuoteId = Id,
            Category = Category,
            OnBehalfOf = OnBehalfOf,
            Note = $"Selon le devis n° {Number}",
            Lines = CopiedLines(),
            TotalNet = TotalNet,
            TotalVat = TotalVat,
            TotalGross = TotalGross,
        };
    }

    public void RefuseQuote(DateOnly today)
    {
        EnsureAnswerable(today);
        Status = InvoiceStatus.Refused;
    }

    private void EnsureAnswerable(DateOnly today)
    {
        if (Kind != InvoiceKind.Quote || Status != InvoiceStatus.Sent)
        {
            throw new BusinessRuleException(Kind != InvoiceKind.Quote ? "Seul un devis s'accepte ou se refuse."
                : IsDraft ? "Envoyez le devis avant d'enregistrer la réponse du client." : "Ce devis a déjà sa réponse.");
        }
        if (IsExpiredQuote(today))
        {
            throw new BusinessRuleException($"Ce devis n'est plus valable depuis le {ValidUntil:dd/MM/yyyy} : faites-en un nouveau.");
        }
    }

    /// <summary>A credit note for what remains of a validated invoice: a draft with the same lines, to reduce if only part is credited.</summary>
    public Invoice CreditNote(DateOnly today)
    {
        if (Kind != InvoiceKind.Invoice || IsDraft)
        {
            throw new BusinessRuleException("Un avoir corrige une facture validée ; un brouillon se modifie directement.");
        }
        if (TotalGross - CreditedAmount <= 0)
        {
            throw new BusinessRuleException("Cette facture est déjà entièrement annulée par des avoirs.");
        }
        return new Invoice
        {
            OrganisationId = OrganisationId,
            IssuerId = IssuerId,
            ClientId = ClientId,
            Kind = InvoiceKind.CreditNote,
            CreditedInvoiceId = Id,
            Status = InvoiceStatus.Draft,
            ServiceDate = ServiceDate ?? today,
            Category = Category,
            OnBehalfOf = OnBehalfOf,
            Note = $"Avoir sur la facture n° {Number}",
            Lines = CopiedLines(),
            TotalNet = TotalNet,
            TotalVat = TotalVat,
            TotalGross = TotalGross,
        };
    }

    /// <summary>Rewrites a draft: client, dates, lines; each line's amounts are rounded to the cent once, and the totals are their sums.</summary>
    public void Revise(Issuer issuer, Client client, InvoiceInput input, IReadOnlyList<CatalogueItem> catalogue, ParameterSnapshot parameters, DateOnly today)
    {
        EnsureDraft();
        if (client.OrganisationId != OrganisationId)
        {
            throw ValidationFailedException.For("clientId", "Ce client n'est pas un client de cette structure.");
        }
        if (Kind == InvoiceKind.CreditNote && client.Id != ClientId)
        {
            throw ValidationFailedException.For("clientId", "Un avoir va au client de la facture qu'il corrige.");
        }
        IssuerId = issuer.Id;
        ClientId = client.Id;
        ServiceDate = input.ServiceDate;
        Category = input.Category;
        OnBehalfOf = string.IsNullOrWhiteSpace(input.OnBehalfOf) ? null : input.OnBehalfOf.Trim();
        Note = string.IsNullOrWhiteSpace(input.Note) ? Note : input.Note.Trim();
        var rateDay = input.ServiceDate ?? today;
        Lines = input.Lines.Select((line, index) => Line(issuer, client, line, index, catalogue, parameters, rateDay)).ToList();
        Total();
    }

    /// <summary>
    /// Adds a service done on <paramref name="doneOn"/> as the draft's next line, at the client's price; the draft's
    /// service date becomes the latest of its services.
    /// </summary>
    public void AddService(Issuer issuer, Client client, InvoiceLineInput input, IReadOnlyList<CatalogueItem> catalogue, ParameterSnapshot parameters, DateOnly doneOn)
    {
        EnsureDraft();
        if (Kind != InvoiceKind.Invoice || client.Id != ClientId)
        {
            throw new BusinessRuleException("Une prestation s'ajoute au brouillon de facture de son client.");
        }
        Lines.Add(Line(issuer, client, input, Lines.Count, catalogue, parameters, doneOn));
        ServiceDate = ServiceDate is { } previous && previous > doneOn ? previous : doneOn;
        Total();
    }

    private void Total()
    {
        TotalNet = Lines.Sum(l => l.NetAmount);
        TotalVat = Lines.Sum(l => l.VatAmount);
        TotalGross = TotalNet + TotalVat;
    }

    private static InvoiceLine Line(Issuer issuer, Client client, InvoiceLineInput input, int index, IReadOnlyList<CatalogueItem> catalogue, ParameterSnapshot parameters, DateOnly day)
    {
        var item = input.CatalogueItemId is { } itemId
            ? catalogue.FirstOrDefault(c => c.Id == itemId) ?? throw ValidationFailedException.For($"lines[{index}].catalogueItemId", "Cette prestation n'est pas au catalogue de la structure.")
            : null;
        var description = string.IsNullOrWhiteSpace(input.Description) ? item?.Name : input.Description.Trim();
        if (string.IsNullOrWhiteSpace(description))
        {
            throw ValidationFailedException.For($"lines[{index}].description", $"Ligne {index + 1} : indiquez la désignation ou choisissez une prestation du catalogue.");
        }
        var unitPrice = input.UnitPrice ?? (item is null ? (decimal?)null : PriceGrid.PriceFor(item, client))
            ?? throw ValidationFailedException.For($"lines[{index}].unitPrice", $"Ligne {index + 1} : indiquez le prix unitaire.");
        if (decimal.Round(unitPrice, 2) != unitPrice || decimal.Round(input.Quantity, 3) != input.Quantity)
        {
            throw ValidationFailedException.For($"lines[{index}].unitPrice", $"Ligne {index + 1} : le prix a deux décimales au plus, la quantité trois.");
        }
        // An issuer outside VAT charges none, whatever the catalogue says.
        var category = issuer.VatRegime == VatRegime.Liable ? input.VatCategory ?? item?.VatCategory ?? VatCategory.Standard : VatCategory.None;
        var rate = VatRates.On(parameters, category, day);
        var net = InvoiceLine.Cents(input.Quantity * unitPrice);
        return new InvoiceLine
        {
            Position = index + 1,
            CatalogueItemId = item?.Id,
            ActivityId = input.ActivityId ?? item?.ActivityId,
            Description = description,
            Quantity = input.Quantity,
            Unit = input.Unit ?? item?.Unit ?? SaleUnit.Flat,
            UnitPrice = unitPrice,
            VatCategory = category,
            VatRate = rate,
            NetAmount = net,
            VatAmount = InvoiceLine.Cents(net * rate),
        };
    }

    /// <summary>
    /// Gives the draft its number and freezes it. Every missing mandatory mention is named in one
    /// refusal; a credit note may not cancel more than what remains of its invoice.
    /// </summary>
    public void Validate(Issuer issuer, Client client, string number, DateOnly today, string by, DateTime at, Invoice? credited)
    {
        if (Kind == InvoiceKind.Quote)
        {
            throw new BusinessRuleException("Un devis s'envoie au client ; c'est la facture qui en découle qui se valide.");
        }
        EnsureDraft();
        var missing = MandatoryMentions.Missing(this, issuer, client);
        if (missing.Count > 0)
        {
            throw ValidationFailedException.For("mentions", $"Mentions obligatoires manquantes : {string.Join(", ", missing)}.");
        }
        if (Kind == InvoiceKind.CreditNote)
        {
            if (credited is null || credited.Id != CreditedInvoiceId)
            {
                throw new BusinessRuleException("Un avoir se rattache à la facture qu'il corrige.");
            }
            if (TotalGross > credited.TotalGross - credited.CreditedAmount)
            {
                throw ValidationFailedException.For("lines", $"L'avoir ({TotalGross:0.00} €) dépasse ce qui reste de la facture n° {credited.Number} ({credited.TotalGross - credited.CreditedAmount:0.00} €).");
            }
            credited.CreditedAmount += TotalGross;
            credited.Settle();
        }
        Number = number;
        IssueDate = today;
        DueDate = today.AddDays(issuer.PaymentTermDays);
        Status = InvoiceStatus.Validated;
        Freeze(issuer, client, by, at);
    }

    /// <summary>"Envoyée": the client has it.</summary>
    public void MarkSent()
    {
        if (Status != InvoiceStatus.Validated || Kind == InvoiceKind.Quote)
        {
            throw new BusinessRuleException(Kind == InvoiceKind.Quote ? "Un devis s'envoie avec « Envoyer le devis »."
                : IsDraft ? "Validez la facture avant de l'envoyer." : "Cette facture est déjà envoyée.");
        }
        Status = InvoiceStatus.Sent;
    }

    /// <summary>Records a payment; more than what is due is refused, so an overpayment never hides in the books.</summary>
    public Payment Pay(PaymentInput input, string by, DateOnly today)
    {
        if (Kind != InvoiceKind.Invoice || IsDraft)
        {
            throw new BusinessRuleException("Un paiement s'enregistre sur une facture validée.");
        }
        if (input.PaidOn is not { } paidOn)
        {
            throw ValidationFailedException.For("paidOn", "Indiquez la date du paiement.");
        }
        if (paidOn > today || paidOn < IssueDate)
        {
            throw ValidationFailedException.For("paidOn", "Le paiement est daté entre l'émission de la facture et aujourd'hui.");
        }
        if (decimal.Round(input.Amount, 2) != input.Amount)
        {
            throw ValidationFailedException.For("amount", "Le montant s'exprime en euros et centimes.");
        }
        if (input.Amount > Balance)
        {
            throw ValidationFailedException.For("amount", Balance == 0
                ? "Cette facture est déjà soldée."
                : $"Le paiement ({input.Amount:0.00} €) dépasse le reste dû ({Balance:0.00} €) : un trop-perçu ne s'enregistre pas ici.");
        }
        var payment = new Payment
        {
            PaidOn = paidOn,
            Means = input.Means,
            Amount = input.Amount,
            RecordedBy = by,
            Reference = string.IsNullOrWhiteSpace(input.Reference) ? null : input.Reference.Trim(),
        };
        Payments.Add(payment);
        PaidAmount += input.Amount;
        Settle();
        return payment;
    }

    private void Settle()
    {
        if (CreditedAmount >= TotalGross && PaidAmount == 0)
        {
            Status = InvoiceStatus.Credited;
        }
        else if (Balance <= 0)
        {
            Status = InvoiceStatus.Paid;
        }
        else if (PaidAmount > 0)
        {
            Status = InvoiceStatus.PartlyPaid;
        }
    }

    /// <summary>The identities as issued, so a later change of address never rewrites the document.</summary>
    private void Freeze(Issuer issuer, Client client, string by, DateTime at)
    {
        ValidatedAt = at;
        ValidatedBy = by;
        IssuerSnapshot = System.Text.Json.JsonSerializer.Serialize(IssuerView.Of(issuer));
        ClientSnapshot = System.Text.Json.JsonSerializer.Serialize(ClientView.Of(client));
    }

    /// <summary>The lines as they are, amounts included: a credit note or an invoice from a quote starts from them.</summary>
    private List<InvoiceLine> CopiedLines() => Lines.Select(l => new InvoiceLine
    {
        Position = l.Position,
        CatalogueItemId = l.CatalogueItemId,
        ActivityId = l.ActivityId,
        Description = l.Description,
        Quantity = l.Quantity,
        Unit = l.Unit,
        UnitPrice = l.UnitPrice,
        VatCategory = l.VatCategory,
        VatRate = l.VatRate,
        NetAmount = l.NetAmount,
        VatAmount = l.VatAmount,
    }).ToList();

    /// <summary>Only a draft can go: a validated invoice is kept, and corrected by a credit note.</summary>
    public void EnsureDeletable()
    {
        if (!IsDraft)
        {
            throw new BusinessRuleException("Une facture validée ne se supprime pas : corrigez-la par un avoir.");
        }
    }

    private void EnsureDraft()
    {
        if (!IsDraft)
        {
            throw new BusinessRuleException("Une facture validée ne se modifie plus : corrigez-la par un avoir.");
        }
    }
}
