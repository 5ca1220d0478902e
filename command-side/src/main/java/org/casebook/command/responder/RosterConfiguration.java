package org.casebook.command.responder;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(RosterSettings.class)
public class RosterConfiguration {
}
