using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace DroitEmploi.IntegrationTests.Infrastructure;

/// <summary>A self-signed certificate for the test apps' key protection, as production has one.</summary>
public static class TestCertificate
{
    public const string Password = "test-certificate";

    private static readonly Lazy<string> File = new(Create);

    public static string Path => File.Value;

    private static string Create()
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=DroitEmploi tests", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"droitemploi-keys-{Guid.NewGuid():N}.pfx");
        System.IO.File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, Password));
        return path;
    }
}
