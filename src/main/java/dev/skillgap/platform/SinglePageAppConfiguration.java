package dev.skillgap.platform;

import java.io.IOException;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.PathResourceResolver;

/**
 * Serves the React app from {@code classpath:/static/} and answers the SPA's client-side
 * routes (such as {@code /skills}) with {@code index.html}. API, actuator and OpenAPI
 * paths never fall back, so an unknown {@code /api/...} path stays a 404 problem detail.
 */
@Configuration(proxyBeanMethods = false)
class SinglePageAppConfiguration implements WebMvcConfigurer {

	private static final Resource INDEX = new ClassPathResource("static/index.html");

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/**")
			.addResourceLocations("classpath:/static/")
			.resourceChain(true)
			.addResolver(new PathResourceResolver() {

				@Override
				protected Resource getResource(String resourcePath, Resource location) throws IOException {
					Resource resource = location.createRelative(resourcePath);
					if (resource.isReadable()) {
						return resource;
					}
					return isClientRoute(resourcePath) && INDEX.isReadable() ? INDEX : null;
				}

			});
	}

	static boolean isClientRoute(String path) {
		return !(path.equals("api") || path.startsWith("api/") || path.startsWith("actuator") || path.startsWith("v3/")
				|| path.startsWith("swagger-ui") || path.contains("."));
	}

}
