namespace DroitEmploi.Core.Features.Access;

public static class RoleLabels
{
    public static string French(this Role role) => role switch
    {
        Role.Administrator => "Administrateur·rice",
        Role.CleTeam => "Équipe projet du CLE",
        Role.CleMember => "Membre du CLE",
        Role.EbeManagement => "Direction d'EBE",
        Role.Employee => "Salarié·e",
        Role.KpaCoordination => "Coordination KPA",
        Role.Funder => "Financeur",
        Role.Accounting => "Comptabilité",
        Role.Portage => "Portage (CAE)",
        Role.Cooperant => "Coopérant·e",
        Role.CteCoordination => "Coordination CTE",
        Role.RteHolder => "Titulaire RTE",
        _ => role.ToString(),
    };
}
