namespace DroitEmploi.Core.Features.Committee;

/// <summary>
/// The colleges of a local employment committee (décret 2021-863, art. 12), the default list; the
/// seeds add the inhabitants, and a territory may add its own.
/// </summary>
public static class Colleges
{
    public static readonly IReadOnlyList<string> Default =
    [
        "Collectivités territoriales (dont le département)",
        "État",
        "France Travail",
        "Fonds ETCLD",
        "Direction des EBE",
        "Salarié·es des EBE",
        "Acteurs économiques locaux (dont IAE)",
        "Personnes privées durablement d'emploi",
        "Habitant·es",
    ];
}
