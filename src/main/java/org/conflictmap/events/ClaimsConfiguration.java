package org.conflictmap.events;

import org.conflictmap.geoparsing.MentionRepository;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The control claim extractor and its pipeline stage. */
@Configuration(proxyBeanMethods = false)
class ClaimsConfiguration {

    @Bean
    ControlClaimExtractor controlClaimExtractor(FactionCatalog factions) {
        return new RuleBasedClaimExtractor(factions, new SentenceSplitter(), new DateResolver());
    }

    @Bean
    ClaimRecorder claimRecorder(ControlClaimExtractor extractor, MentionRepository mentions, ClaimRepository claims) {
        return new ClaimRecorder(extractor, mentions, claims);
    }
}
