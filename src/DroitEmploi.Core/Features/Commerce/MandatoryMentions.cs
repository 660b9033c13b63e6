namespace DroitEmploi.Core.Features.Commerce;

/// <summary>
/// What French law requires on an invoice (Code de commerce L441-9 and R123-237, CGI art. 242
/// nonies A, the 2026 additions), as the names people read in a refusal. Number, issue and due
/// dates are given by validation itself.
/// </summary>
public static class MandatoryMentions
{
    public static IReadOnlyList<string> Missing(Invoice invoice, Issuer issuer, Client client)
    {
        var missing = new List<string>();
        void Require(bool present, string name)
        {
            if (!present)
            {
                missing.Add(name);
            }
        }
        Require(!string.IsNullOrWhiteSpace(issuer.LegalName), "raison sociale de l'émetteur");
        Require(!string.IsNullOrWhiteSpace(issuer.Street) && !string.IsNullOrWhiteSpace(issuer.PostalCode) && !string.IsNullOrWhiteSpace(issuer.City), "adresse de l'émetteur");
        Require(Siren.IsSiren(issuer.Siren), "SIREN de l'émetteur");
        Require(issuer.VatRegime != VatRegime.Liable || !string.IsNullOrWhiteSpace(issuer.VatNumber), "numéro de TVA de l'émetteur");
        Require(!string.IsNullOrWhiteSpace(client.Name), "nom du client");
        Require(!string.IsNullOrWhiteSpace(client.Street) && !string.IsNullOrWhiteSpace(client.PostalCode) && !string.IsNullOrWhiteSpace(client.City), "adresse du client");
        Require(client.Kind != ClientKind.Business || client.Siren is not null, "SIREN du client");
        Require(client.Kind != ClientKind.PublicBody || client.Siret is not null, "SIRET de l'organisme public");
        Require(invoice.ServiceDate is not null, "date de la vente ou de la prestation");
        Require(invoice.Lines.Count > 0, "au moins une ligne");
        Require(invoice.Lines.All(l => !string.IsNullOrWhiteSpace(l.Description)), "désignation de chaque ligne");
        Require(invoice.Lines.All(l => l.Quantity > 0), "quantité de chaque ligne");
        Require(!client.IsProfessional || issuer.PenaltyRate > 0, "taux des pénalités de retard");
        return missing;
    }
}
