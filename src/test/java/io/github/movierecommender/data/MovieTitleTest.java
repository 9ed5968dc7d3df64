package io.github.movierecommender.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MovieTitleTest {

    @ParameterizedTest(name = "{0} → {1} ({2})")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            Toy Story (1995) | Toy Story | 1995
            Shawshank Redemption, The (1994) | The Shawshank Redemption | 1994
            Awfully Big Adventure, An (1995) | An Awfully Big Adventure | 1995
            Time to Kill, A (1996) | A Time to Kill | 1996
            Misérables, Les (1995) | Les Misérables | 1995
            Armée des ombres, L' (1969) | L'Armée des ombres | 1969
            Amélie (Fabuleux destin d'Amélie Poulain, Le) (2001) | Amélie (Le Fabuleux destin d'Amélie Poulain) | 2001
            City of Lost Children, The (Cité des enfants perdus, La) (1995) | The City of Lost Children (La Cité des enfants perdus) | 1995
            Postman, The (Postino, Il) (1994) | The Postman (Il Postino) | 1994
            Good, the Bad and the Ugly, The (Buono, il brutto, il cattivo, Il) (1966) | The Good, the Bad and the Ugly (Il Buono, il brutto, il cattivo) | 1966
            Vitelloni, I (a.k.a. The Young and the Passionate) (1953) | I Vitelloni (a.k.a. The Young and the Passionate) | 1953
            Twelve Monkeys (a.k.a. 12 Monkeys) (1995) | Twelve Monkeys (a.k.a. 12 Monkeys) | 1995
            Crow, The: Wicked Prayer (2005) | The Crow: Wicked Prayer | 2005
            Lord of the Rings: The Two Towers, The (2002) | The Lord of the Rings: The Two Towers | 2002
            2001: A Space Odyssey (1968) | 2001: A Space Odyssey | 1968
            (500) Days of Summer (2009) | (500) Days of Summer | 2009
            Honey, I Shrunk the Kids (1989) | Honey, I Shrunk the Kids | 1989
            Paris, je t'aime (2006) | Paris, je t'aime | 2006
            Blade Runner 2049 (2017) | Blade Runner 2049 | 2017
            Fawlty Towers (1975-1979) | Fawlty Towers | 1975
            Night Shift Diaries (2006–2007) | Night Shift Diaries | 2006
            Stranger Things (2016-) | Stranger Things | 2016
            Black Mirror | Black Mirror | 0
            Legend of Tarzan, The | The Legend of Tarzan | 0
            Year 1995 | Year 1995 | 0
            "  Heat (1995)  " | Heat | 1995
            "Wide   Gap   (Alternative) (1999)" | "Wide   Gap (Alternative)" | 1999
            "Heat (1995)   (1995)" | "Heat (1995)" | 1995
            Matrix,The (1999) | Matrix,The | 1999
            """)
    void movesArticlesToTheFrontAndReadsTheYear(String title, String displayTitle, int year) {
        MovieTitle parsed = MovieTitle.parse(title);

        assertEquals(displayTitle, parsed.displayTitle());
        assertEquals(year, parsed.year());
    }
}
