using Graph.Text;

namespace Graph.Tests.Text;

public sealed class PersianNormalizerTests
{
    private static string Norm(string s) => PersianNormalizer.Instance.Normalize(s).Text;

    [Fact]
    public void Arabic_yeh_and_kaf_become_Persian() => Assert.Equal("شمخانی کرد", Norm("شمخاني كرد"));

    [Fact]
    public void Nbsp_between_letters_becomes_zwnj() => Assert.Equal("نخست\u200Cوزیر", Norm("نخست\u00a0وزير"));

    [Fact]
    public void Persian_digits_become_ascii_and_direction_marks_inside_numbers_vanish() =>
        Assert.Equal("1397/01/27", Norm("۱۳۹۷\u200f/۰۱/٢٧"));

    [Fact]
    public void Diacritics_and_tatweel_are_removed_and_map_back_to_the_letter()
    {
        var n = PersianNormalizer.Instance.Normalize("مُحـمّد آمد");
        Assert.Equal("محمد آمد", n.Text);
        Assert.Equal("مُحـمّد", n.OriginalSlice(new TextSpan(0, 4)));
    }

    [Fact]
    public void Whitespace_runs_collapse_and_blank_lines_keep_a_paragraph_break() =>
        Assert.Equal("الف ب\nج\n\nد", Norm("  الف \t ب \n ج\r\n\r\n\n د  "));

    [Fact]
    public void Teh_marbuta_and_heh_with_yeh_become_heh() => Assert.Equal("دوله خانه", Norm("دولة خانۀ"));

    [Fact]
    public void Alef_and_waw_with_hamza_fold_to_the_plain_letters() => Assert.Equal("اسلامی ابراهیم موسسه", Norm("أسلامی إبراهیم مؤسسه"));

    [Fact]
    public void Arabic_yeh_and_kaf_in_a_verb_phrase_become_Persian() => Assert.Equal("می کند", Norm("مي كند"));

    [Fact]
    public void Alef_maksura_becomes_Persian_yeh() => Assert.Equal("موسی", Norm("موسى"));

    [Fact]
    public void Nbsp_between_a_letter_and_a_digit_becomes_a_space() => Assert.Equal("ماده 5", Norm("ماده\u00a05"));

    [Fact]
    public void Nbsp_between_Latin_letters_becomes_a_space() => Assert.Equal("New York", Norm("New\u00a0York"));

    [Fact]
    public void Zwnj_between_Persian_letters_is_kept() => Assert.Equal("می\u200Cکند", Norm("می\u200Cکند"));

    [Fact]
    public void Zwnj_next_to_a_space_or_at_the_ends_vanishes() => Assert.Equal("می کند", Norm("\u200Cمی\u200C \u200Cکند\u200C"));

    [Fact]
    public void Zero_width_joiner_and_direction_marks_between_letters_vanish() => Assert.Equal("ایران", Norm("ای\u200Dر\u200Fان"));

    [Fact]
    public void Direction_marks_between_digits_vanish() => Assert.Equal("11:23", Norm("\u200E11\u200E:\u200E23\u200E"));

    [Fact]
    public void Words_written_without_zwnj_are_left_alone() => Assert.Equal("همکاریهای", Norm("همکاریهای"));

    [Fact]
    public void Guillemets_and_Persian_punctuation_are_kept() => Assert.Equal("«پوتین» گفت، نه؛ آری؟", Norm("«پوتین» گفت، نه؛ آری؟"));

    [Fact]
    public void Presentation_forms_fold_to_Persian_letters() => Assert.Equal("کلا", Norm("\uFED9\uFEFB"));

    [Fact]
    public void A_presentation_form_maps_back_to_its_one_original_character()
    {
        var n = PersianNormalizer.Instance.Normalize("\uFEFBن");
        Assert.Equal("لان", n.Text);
        Assert.Equal(new TextSpan(0, 1), n.ToOriginal(0, 2));
        Assert.Equal("ن", n.OriginalSlice(new TextSpan(2, 3)));
    }

    [Fact]
    public void Spacing_forms_of_diacritics_vanish() => Assert.Equal("باب", Norm("با\uFE70ب"));

    [Fact]
    public void Arabic_decimal_and_thousands_separators_become_Latin() => Assert.Equal("3.5 1,000", Norm("٣٫٥ ۱٬۰۰۰"));

    [Fact]
    public void Carriage_return_line_feed_is_one_line_break_and_a_lone_carriage_return_is_one_too() =>
        Assert.Equal("الف\nب\nج\n\nد", Norm("الف\r\nب\rج\r\n\r\nد"));

    [Fact]
    public void Excluded_ranges_become_paragraph_breaks()
    {
        var original = "الف <table> ب";
        var n = PersianNormalizer.Instance.Normalize(original, [new TextSpan(4, 11)]);
        Assert.Equal("الف\n\nب", n.Text);
    }

    [Fact]
    public void A_single_line_break_maps_to_the_whole_whitespace_run()
    {
        var n = PersianNormalizer.Instance.Normalize("الف \n ب");
        Assert.Equal("الف\nب", n.Text);
        Assert.Equal(new TextSpan(3, 6), n.ToOriginal(3, 4));
    }

    [Fact]
    public void A_blank_line_maps_its_first_break_up_to_the_first_newline()
    {
        var n = PersianNormalizer.Instance.Normalize("الف \n\n ب");
        Assert.Equal("الف\n\nب", n.Text);
        Assert.Equal(new TextSpan(3, 5), n.ToOriginal(3, 4));
        Assert.Equal(new TextSpan(5, 7), n.ToOriginal(4, 5));
    }

    [Fact]
    public void Leading_and_trailing_whitespace_belongs_to_the_first_and_last_characters()
    {
        var n = PersianNormalizer.Instance.Normalize("  الف  ");
        Assert.Equal("الف", n.Text);
        Assert.Equal(new TextSpan(0, 7), n.ToOriginal(0, 3));
    }
}
