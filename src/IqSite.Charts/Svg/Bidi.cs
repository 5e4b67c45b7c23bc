namespace IqSite.Charts.Svg;

internal static class Bidi
{
    /// <summary>True when the text has a Hebrew, Arabic, Syriac, Thaana or N'Ko letter, or an Arabic/Hebrew presentation form.</summary>
    public static bool HasRightToLeftLetter(string text)
    {
        foreach (var c in text)
        {
            if ((c >= '\u0590' && c <= '\u08FF') || (c >= '\uFB1D' && c <= '\uFDFF') || (c >= '\uFE70' && c <= '\uFEFF'))
                return true;
        }
        return false;
    }
}
