namespace DroitEmploi.Web.Features.Public;

/// <summary>A dataset of the open data catalogue, with its stable addresses.</summary>
public sealed record OpenDataLink(string Name, string Csv, string Json, string Schema, string Licence);
