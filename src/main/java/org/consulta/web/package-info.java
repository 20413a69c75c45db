/**
 * The JSF web layer: thin backing beans that bind, call one service method and navigate. View path,
 * bean package and bundle-key prefix mirror each other ({@code /views/repository/home.xhtml} ↔
 * {@code web.repository.RepositoryHomeBacking} ↔ {@code repository_home.*}).
 * <p>
 * May import (checked by {@code LayersTest}): nothing of ours.
 */
package org.consulta.web;
