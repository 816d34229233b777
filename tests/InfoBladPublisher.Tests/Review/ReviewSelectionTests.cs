using InfoBladPublisher.Pipeline;
using InfoBladPublisher.Release;
using InfoBladPublisher.Review.Selection;
using InfoBladPublisher.Tests.Support;

namespace InfoBladPublisher.Tests.Review;

/// <summary>
/// The review renders only what a change can affect (issue 24). From both sides: a document whose inputs did not
/// change is never rendered, a change to a shared input brings in exactly the documents that use it, and no
/// document left out of the plan comes out different when everything is rendered.
/// </summary>
public sealed class ReviewSelectionTests
{
    [Fact]
    public void A_text_change_Should_select_only_its_document()
    {
        using var sides = new ReviewSides();
        sides.Change("content/documenten/nota-c/tekst.md", t => t + "\nEen nieuwe zin.\n");

        var plan = Plan(sides);

        Assert.Equal(["nota-c"], Selected(plan));
        Assert.Equal(["tekst.md"], plan.Find("nota-c")!.ChangedInputs);
        Assert.All(plan.Documents.Where(d => d.Id != "nota-c"), d => Assert.Equal(PlannedChange.SameInputs, d.Change));
    }

    [Fact]
    public void A_dataset_change_Should_select_exactly_the_documents_that_use_it_and_say_which_versions()
    {
        using var sides = new ReviewSides();
        sides.WriteHead("content/datasets/cijfers/dataset.yml", ReviewSides.DatasetYaml("2"))
            .WriteHead("content/datasets/cijfers/data.csv", "jaar,aantal\n2022,10\n2023,14\n");

        var plan = Plan(sides);

        Assert.Equal(["nota-a", "nota-b"], Selected(plan));
        Assert.Equal(["dataset cijfers: versie 1, peildatum 2024-01-01 → versie 2, peildatum 2024-01-01"], plan.Find("nota-a")!.ChangedInputs);
    }

    [Fact]
    public void A_print_layout_change_Should_select_exactly_the_documents_of_its_type()
    {
        using var sides = new ReviewSides();
        sides.Change("templates/print/nota.typ", t => t + "\n// anders\n");

        var plan = Plan(sides);

        Assert.Equal(ReviewSides.Notas, Selected(plan));
        Assert.Equal(["templates/print/nota.typ"], plan.Find("nota-d")!.ChangedInputs);
    }

    [Fact]
    public void A_partial_Should_select_the_types_whose_layouts_call_it_and_no_other()
    {
        using var sides = new ReviewSides();
        sides.Change("templates/partials/colofon.sbn", t => t + "\n");

        // The nota's layout calls the colofon partial; the bijlage's does not.
        Assert.Equal(ReviewSides.Notas, Selected(Plan(sides)));
    }

    [Fact]
    public void A_sender_change_Should_select_its_documents_and_an_unused_sender_none()
    {
        using var sides = new ReviewSides();
        sides.Change("content/organisaties/ander.yml", t => t.Replace("Directie Testen", "Directie Proeven", StringComparison.Ordinal));
        sides.WriteHead("content/organisaties/niemand.yml", ContentTree.Organisation);

        var plan = Plan(sides);

        Assert.Equal(["nota-d"], Selected(plan));
        Assert.Equal(["organisatie ander"], plan.Find("nota-d")!.ChangedInputs);
    }

    [Fact]
    public void Added_and_removed_documents_Should_be_rendered_on_their_own_side_only()
    {
        using var sides = new ReviewSides();
        Directory.Move(Path.Combine(sides.Head, "content/documenten/nota-c"), Path.Combine(sides.Head, "content/documenten/nota-f"));

        var plan = Plan(sides);

        Assert.Equal(PlannedChange.Removed, plan.Find("nota-c")!.Change);
        Assert.Equal(PlannedChange.Added, plan.Find("nota-f")!.Change);
        Assert.Equal(["nota-c"], plan.BaseDocuments);
        Assert.Equal(["nota-f"], plan.HeadDocuments);
    }

    [Fact]
    public void A_plan_Should_read_back_as_written()
    {
        using var sides = new ReviewSides();
        sides.Change("content/documenten/nota-a/tekst.md", t => t + "\nMeer.\n");
        var plan = Plan(sides);

        var read = ReviewPlan.Parse(plan.ToJson());

        Assert.Equal(plan.Documents.Select(d => (d.Id, d.Change, string.Join(";", d.ChangedInputs), d.Title)), read.Documents.Select(d => (d.Id, d.Change, string.Join(";", d.ChangedInputs), d.Title)));
    }

    [Fact]
    public async Task A_document_with_the_same_inputs_Should_never_be_rendered_for_the_review()
    {
        using var sides = new ReviewSides();
        sides.Change("content/documenten/nota-b/tekst.md", t => t + "\nEen nieuwe zin.\n");
        var plan = Plan(sides);

        var release = await Publish(sides, "head", plan.HeadDocuments);

        Assert.Equal(["nota-b"], release.Timings.Select(t => t.DocumentId));
        Assert.Equal(["nota-b"], ReleaseManifest.Read(release.ReleasePath!).Documents.Select(d => d.Id));
    }

    /// <summary>
    /// The other direction: render every document on both sides after several changes at once, and every
    /// document whose PDF or web page differs must be in the plan; every one left out must be byte-identical.
    /// </summary>
    [Fact]
    public async Task Every_document_left_out_of_the_plan_Should_come_out_byte_identical_when_rendered()
    {
        using var sides = new ReviewSides();
        sides.WriteHead("content/datasets/cijfers/data.csv", "jaar,aantal\n2022,10\n2023,99\n")
            .Change("content/organisaties/ander.yml", t => t.Replace("Directie Testen", "Directie Proeven", StringComparison.Ordinal))
            .Change("templates/print/bijlage.typ", t => t.Replace("strong[Datum]", "strong[Dagtekening]", StringComparison.Ordinal));
        var plan = Plan(sides);

        var before = ReleaseManifest.Read((await Publish(sides, "base", null)).ReleasePath!).Documents.ToDictionary(d => d.Id);
        var after = ReleaseManifest.Read((await Publish(sides, "head", null)).ReleasePath!).Documents.ToDictionary(d => d.Id);
        var differ = after.Keys.Where(id => before[id].FileOf("pdf").Sha256 != after[id].FileOf("pdf").Sha256 || before[id].FileOf("html").Sha256 != after[id].FileOf("html").Sha256).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["bijlage-e", "nota-a", "nota-b", "nota-d"], differ); // each change is visible: the test can fail
        Assert.Equal(differ, Selected(plan));
    }

    internal static ReviewPlan Plan(ReviewSides sides) => ReviewPlan.Compare(
        SideInputs.Read(Path.Combine(sides.Base, "content"), Path.Combine(sides.Base, "templates")),
        SideInputs.Read(Path.Combine(sides.Head, "content"), Path.Combine(sides.Head, "templates")));

    private static string[] Selected(ReviewPlan plan) => [.. plan.Documents.Where(d => d.Change != PlannedChange.SameInputs).Select(d => d.Id)];

    internal static async Task<PublishResult> Publish(ReviewSides sides, string side, IReadOnlyList<string>? only)
    {
        var root = side == "base" ? sides.Base : sides.Head;
        var options = new PublishOptions(Path.Combine(root, "content"), Path.Combine(root, "templates"), RepoPaths.NodeModules, sides.PathOf("releases-" + side), side)
        {
            CacheFolder = sides.PathOf("cache"),
            Concepts = true,
            Only = only?.ToHashSet(StringComparer.Ordinal),
        };
        var result = await new PublishPipeline().RunAsync(options, TextWriter.Null);
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        return result;
    }
}
