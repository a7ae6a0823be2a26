using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Pages.Site;

/// <summary>
/// File names for the site's pages. Names that come from the input (a page's file name, a
/// person's name, a topic) never become a path as they are: only names made of ASCII letters,
/// digits, '-' and '_' are kept; anything else (Chinese, spaces, "../", a drive letter) is replaced
/// by a short hash of it, so no input can write outside the output folder or collide with it.
/// </summary>
public static partial class Slugs
{
    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9_-]{0,79}$")]
    private static partial Regex Safe();

    /// <summary>The name itself where it is safe as a file name, else <paramref name="prefix"/> and a hash.</summary>
    public static string For(string name, string prefix) => Safe().IsMatch(name) ? name : prefix + Hash(name);

    /// <summary>Always a hash: for names that should not show in addresses as they are (people's names).</summary>
    public static string Hashed(string name, string prefix) => prefix + Hash(name);

    static string Hash(string name) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)).AsSpan(0, 5));
}
