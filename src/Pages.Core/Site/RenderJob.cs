namespace Pages.Site;

/// <summary>One file of the site, to be rendered when it is written (so the site is never all in memory at once).</summary>
/// <param name="Path">Where it goes, relative to the output folder (articles/x.html).</param>
/// <param name="Source">What in the input it shows (input/pages/x.txt:3-32), for messages; empty for site-wide pages.</param>
public sealed record RenderJob(string Path, Func<string> Render, string Source = "");
