using DroitEmploi.Core.Common;

namespace DroitEmploi.UnitTests.Common;

public class TextInputTests
{
    [Fact]
    public void A_list_sent_as_null_or_with_blanks_and_repeats_is_stored_clean()
    {
        Assert.Empty(TextInput.DistinctList(null));
        Assert.Equal(["Friperie", "Tonte"], TextInput.DistinctList([" Friperie ", null, "", "friperie", "Tonte"]));
    }
}
