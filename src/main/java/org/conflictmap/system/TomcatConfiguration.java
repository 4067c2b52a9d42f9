package org.conflictmap.system;

import org.apache.catalina.Container;
import org.apache.catalina.Valve;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * Sizes the connections' write buffer, and replaces the HTML error report Spring Boot gives Tomcat's
 * host with {@link ProblemReportValve}, so even the requests Tomcat refuses on its own are answered
 * with problem+json.
 */
@Configuration(proxyBeanMethods = false)
class TomcatConfiguration {

    /**
     * Bytes a connection gathers before writing to its socket. Tomcat's 8 KiB wrote a 26 KB cached
     * events page in four system calls; with 32 KiB, headers and body go in one. Larger cached bodies
     * are sent from files with sendfile ({@code features.BodyFiles}, from the same size). Held per open
     * connection: 64 MB at the 2,000 connections {@code server.tomcat.max-connections} allows.
     */
    static final int WRITE_BUFFER_BYTES = 32 * 1024;

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> writeBuffer() {
        return factory -> factory.addConnectorCustomizers(
                connector -> connector.setProperty("socket.appWriteBufSize", Integer.toString(WRITE_BUFFER_BYTES)));
    }

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemReports() {
        return new ProblemReports();
    }

    /** Runs after Boot's own customizer, which adds the HTML report valve this one replaces. */
    private static final class ProblemReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

        @Override
        public void customize(TomcatServletWebServerFactory factory) {
            factory.addContextCustomizers(context -> {
                Container host = context.getParent();
                for (Valve valve : host.getPipeline().getValves()) {
                    if (valve instanceof ErrorReportValve) {
                        host.getPipeline().removeValve(valve);
                    }
                }
                host.getPipeline().addValve(new ProblemReportValve());
                // the host adds a stock report valve on start unless one of this class is present
                if (host instanceof StandardHost standardHost) {
                    standardHost.setErrorReportValveClass(ProblemReportValve.class.getName());
                }
            });
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
