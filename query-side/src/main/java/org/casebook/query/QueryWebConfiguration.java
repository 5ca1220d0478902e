package org.casebook.query;

import org.casebook.journal.verify.Anchor;
import org.casebook.kernel.crisis.CountryCode;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Query parameters that are value types are read through their constructors, so their rules apply (400 if not). */
@Configuration
public class QueryWebConfiguration implements WebMvcConfigurer {

    @Override
    public void addFormatters(FormatterRegistry registry) {
        registry.addConverter(String.class, CountryCode.class, CountryCode::new);
        registry.addConverter(String.class, Anchor.class, Anchor::parse);
    }
}
