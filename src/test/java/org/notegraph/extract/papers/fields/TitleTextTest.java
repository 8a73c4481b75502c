package org.notegraph.extract.papers.fields;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleTextTest {
    private static final TitleText TITLES = TitleText.defaults();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            **Counting Clouds at Scale.**                  | Counting Clouds at Scale
            [Counting  Clouds](https://example.org/p)      | Counting Clouds
            "Counting Clouds."                              | Counting Clouds
            Osei et al. (2020). Counting Clouds             | Counting Clouds
            Osei and Ngata (2019): Counting Clouds          | Counting Clouds
            [ICLR 2021] Counting Clouds                     | Counting Clouds
            (KDD 2019) **Counting Clouds**                  | Counting Clouds
            [survey] Counting Clouds: A Survey              | Counting Clouds: A Survey
            [Cloud Lab] Counting Clouds 360                 | Counting Clouds 360
            EMNLP2018_Skyformer                             | Skyformer
            Sky_Parser                                      | Sky_Parser
            Counting Clouds(IJCAI2019)                      | Counting Clouds
            Counting Clouds（AAAI2020）                      | Counting Clouds
            Counting Clouds With Trees【2016】               | Counting Clouds With Trees
            Counting Clouds With Trees 用树数云             | Counting Clouds With Trees
            Counting Clouds With Trees（用树数云）           | Counting Clouds With Trees
            Skyweigh从不完善的云中学习                       | Skyweigh
            用树数云                                         | 用树数云
            GCN 在 NLP 上的云计算应用                         | GCN 在 NLP 上的云计算应用
            Cloud Distillation (CD)                         | Cloud Distillation
            Learning to Count Sheep (LCS)                   | Learning to Count Sheep
            Sky Side-Tuning (SST)                           | Sky Side-Tuning (SST)
            Counting Clouds via Risk Extrapolation (REx)    | Counting Clouds via Risk Extrapolation (REx)
            Counting Clouds (Extended Version)              | Counting Clouds (Extended Version)
            SkyNet: Counting (OOD) Clouds                   | SkyNet: Counting (OOD) Clouds
            Counting Clouds...                              | Counting Clouds...
            """)
    void cleansTitles(String text, String expected) {
        assertThat(TITLES.clean(text)).isEqualTo(expected);
    }
}
