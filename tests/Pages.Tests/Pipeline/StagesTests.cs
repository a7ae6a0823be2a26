using Pages.Pipeline;

namespace Pages.Tests.Pipeline;

/// <summary>The build's stages: checked dependencies, and a total that counts stages run at once once.</summary>
public sealed class StagesTests
{
    [Fact]
    public void A_stage_run_before_what_it_depends_on_is_refused()
    {
        var stages = new Stages();
        Assert.Throws<InvalidOperationException>(() => stages.Run("render", ["organize"], 0, () => 0, n => n));
    }

    [Fact]
    public void A_total_is_given_when_the_first_stage_failed()
    {
        var stages = new Stages();
        Assert.Throws<IOException>(() => stages.Run<int>("read", [], 1, () => throw new IOException("disk"), n => n));
        Assert.Empty(stages.Reports);
        Assert.Equal(0, stages.Total.Milliseconds);
    }

    [Fact]
    public void Two_stages_run_at_once_are_reported_each_and_counted_once_in_the_total()
    {
        var stages = new Stages();
        stages.Run("organize", [], 1, () => 1, n => n);
        var beside = Task.Run(() => stages.Run("index", ["organize"], 1, () => { Thread.Sleep(300); return 1; }, n => n));
        stages.Run("render", ["organize"], 1, () => { Thread.Sleep(300); beside.Wait(); return 1; }, n => n);

        Assert.Equal(["organize", "index", "render"], stages.Reports.Select(r => r.Name));
        var (index, render) = (stages.Reports[1].Milliseconds, stages.Reports[2].Milliseconds);
        Assert.True(index >= 290 && render >= 290, $"{index} and {render} ms");
        var total = stages.Total.Milliseconds;
        Assert.True(total >= render && total < index + render, $"total {total} ms for {index} and {render} ms at once");
    }
}
