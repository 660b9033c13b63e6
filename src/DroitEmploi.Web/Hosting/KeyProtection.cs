using System.Security.Cryptography.X509Certificates;
using DroitEmploi.Core.Data;
using Microsoft.AspNetCore.DataProtection;

namespace DroitEmploi.Web.Hosting;

/// <summary>
/// The keys that sign cookies and tokens live in the database, so that every node reads them; there
/// they are encrypted with a certificate given in configuration, so that a copy of the database (a
/// backup, a dump) does not hand out the means to forge a session. Production refuses to start
/// without it; elsewhere the keys are stored as they are, with a warning in the log.
/// </summary>
public static class KeyProtection
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    public static void AddProtectedKeys(this WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("DroitEmploi").PersistKeysToDbContext<AppDbContext>();
        var path = builder.Configuration[CertificatePathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            if (builder.Environment.IsProduction())
            {
                throw new InvalidOperationException(
                    $"{CertificatePathKey} is not set in the Production environment: the keys that sign sessions would be stored unencrypted in the database. " +
                    "Give a PKCS#12 certificate (for example DataProtection__CertificatePath=/etc/droitemploi/keys.pfx and DataProtection__CertificatePassword); " +
                    "see the README, section Configuration.");
            }
            return;
        }
        var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, builder.Configuration[CertificatePasswordKey], X509KeyStorageFlags.EphemeralKeySet);
        protection.ProtectKeysWithCertificate(certificate).UnprotectKeysWithAnyCertificate(certificate);
    }
}
